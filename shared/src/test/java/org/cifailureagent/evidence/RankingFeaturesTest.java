package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.cifailureagent.LogScan;
import org.cifailureagent.evidence.EvidenceCollector.CandidateRow;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleMatcher;
import org.junit.Test;

/** The lines are real tool output, from the logs in docs/examples, fixtures/corpus and src/test/resources. */
public class RankingFeaturesTest {
    @Test
    public void testRunnerSummariesHoldSeveralCounts() {
        assertThat(RankingFeatures.countPairs("[ERROR] Tests run: 1, Failures: 1, Errors: 0, Skipped: 0, Time elapsed:"
                + " 0.525 s <<< FAILURE! -- in example.PriceCalculatorTest")).isEqualTo(4);
        assertThat(RankingFeatures.countPairs("========================= 1 failed, 3 passed in 6.17s"
                + " ==========================")).isEqualTo(2);
        assertThat(RankingFeatures.countPairs("Tests:       2 failed, 2 passed, 4 total")).isEqualTo(3);
    }

    @Test
    public void failureMessagesHoldNoCounts() {
        assertThat(RankingFeatures.countPairs("java.lang.AssertionError: expected:<900> but was:<901>")).isZero();
        assertThat(RankingFeatures.countPairs("E       AssertionError: assert Decimal('17.00') == Decimal('16.99')"))
                .isZero();
        assertThat(RankingFeatures.countPairs("[ERROR] /tmp/cfa-examples/maven-compilation/src/main/java/example/"
                + "Greeter.java:[5,28] cannot find symbol")).isZero();
    }

    @Test
    public void theWordBucketsCountEveryWordOfTheLinesShape() throws URISyntaxException {
        Path log = Path.of(getClass().getResource("/tool-output/javac-plain.txt").toURI());
        LogScan scan = LogScan.of(BuildLogs.open(log.toString(), System.in),
                new RuleMatcher.Compiled(new RuleLoader().loadDefault()));
        CandidateRow error = scan.evidence().candidateRows(scan.structure()).stream()
                .filter(row -> row.number() == 1).findFirst().orElseThrow();

        assertThat(error.text()).isEqualTo("App.java:4: error: cannot find symbol");
        assertThat(RankingFeatures.words(error.text()))
                .containsExactly("app.java:0:", "error:", "cannot", "find", "symbol");
        float counted = 0;
        for (int column = RankingFeatures.FIRST_WORD_COLUMN; column < RankingFeatures.COLUMNS; column++) {
            counted += error.features()[column];
        }
        assertThat(counted).isEqualTo(5);
        assertThat(error.features()[RankingFeatures.wordColumn("error:")]).isPositive();
    }
}
