package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

/** The lines are real tool output, from the logs in docs/examples and fixtures/corpus. */
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
}
