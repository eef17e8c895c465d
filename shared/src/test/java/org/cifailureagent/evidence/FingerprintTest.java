package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cifailureagent.normalize.LineShape;
import org.junit.Test;

public class FingerprintTest {
    private static List<RankedLine> ranked(String... texts) {
        return java.util.Arrays.stream(texts)
                .map(t -> new RankedLine(new EvidenceLine("log", 1, t), 1.0, List.of(), null)).toList();
    }

    @Test
    public void shapesHideWhatChangesBetweenBuilds() {
        assertThat(LineShape.of("  Tests run: 12, Time elapsed: 0.525 s  ")).isEqualTo("Tests run: 0, Time elapsed: 0.0 s");
        assertThat(LineShape.of("commit 3f786850e387550fdab836ed7e6dc881de23001b on 2026-11-26"))
                .isEqualTo("commit # on #");
        assertThat(LineShape.of("see /tmp/cfa-examples.x1Y2/app/Greeter.java:[5,28] cannot")).isEqualTo(
                "see /tmp/*:[0,0] cannot");
        assertThat(LineShape.of("deadbeef cafe")).as("no digit, no hash").isEqualTo("deadbeef cafe");
    }

    @Test
    public void sameFailureSameFingerprintDifferentFailureDifferent() {
        String a = Fingerprint.of(ranked("[ERROR] /tmp/a1/App.java:[5,28] cannot find symbol", "Total time: 8.3 s"));
        String b = Fingerprint.of(ranked("[ERROR] /tmp/b2/App.java:[7,3] cannot find symbol", "Total time: 1.0 s"));
        String c = Fingerprint.of(ranked("[ERROR] /tmp/a1/App.java:[5,28] incompatible types", "Total time: 8.3 s"));

        assertThat(a).matches("[0-9a-f]{16}").isEqualTo(b).isNotEqualTo(c);
        assertThat(Fingerprint.of(List.of())).isEqualTo("e3b0c44298fc1c14");
    }

    @Test
    public void onlyTheThreeBestLinesCount() {
        assertThat(Fingerprint.of(ranked("a", "b", "c", "d"))).isEqualTo(Fingerprint.of(ranked("a", "b", "c", "e")))
                .isNotEqualTo(Fingerprint.of(ranked("a", "c", "b", "d")));
    }
}
