package org.cifailureagent.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class LevelMarkerTest {
    // Lines of docs/examples/github-maven-compilation.log, as Maven printed them.
    @Test
    public void theMessageAfterMavensMarkerIsWhatTheLineSays() {
        assertThat(LevelMarker.strip("[ERROR]   symbol:   variable nam")).isEqualTo("symbol:   variable nam");
        assertThat(LevelMarker.strip("[INFO] 1 error")).isEqualTo("1 error");
        assertThat(LevelMarker.strip("[ERROR]")).isEmpty();
    }

    @Test
    public void aBracketThatOpensTheMessageIsNoMarker() {
        String help = "[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException";
        assertThat(LevelMarker.strip("[ERROR] " + help)).isEqualTo(help);
        assertThat(LevelMarker.strip(help)).isEqualTo(help);
        assertThat(LevelMarker.strip("[INFO]Building")).isEqualTo("[INFO]Building");
    }
}
