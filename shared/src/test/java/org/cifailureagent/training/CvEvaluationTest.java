package org.cifailureagent.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

/** The unknown threshold: a higher one must earn its unanswered builds by more than the seed's noise. */
public class CvEvaluationTest {
    @Test
    public void aThresholdThatGainsLessThanTheToleranceLosesToTheLowerOne() {
        assertThat(CvEvaluation.lowestNearBest(new double[] {0.612, 0.612, 0.604, 0.620, 0.611})).isZero();
    }

    @Test
    public void aThresholdThatGainsMoreThanTheToleranceIsChosen() {
        assertThat(CvEvaluation.lowestNearBest(new double[] {0.611, 0.617, 0.630, 0.615})).isEqualTo(2);
    }

    @Test
    public void theLowestOfThoseNearTheBestIsChosen() {
        assertThat(CvEvaluation.lowestNearBest(new double[] {0.600, 0.622, 0.630, 0.625})).isEqualTo(1);
    }
}
