package org.cifailureagent.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.cifailureagent.taxonomy.Category;
import org.junit.Test;

public class ClassificationTest {
    private static double[] probabilities(Category top, double p) {
        double[] all = new double[Category.values().length];
        java.util.Arrays.fill(all, (1 - p) / (all.length - 1));
        all[top.ordinal()] = p;
        return all;
    }

    @Test
    public void confidenceIsTheTopProbabilityAndBelowTheThresholdTheCategoryIsUnknown() {
        Classification sure = Classification.fromProbabilities(probabilities(Category.TEST, 0.40), 0.40);
        Classification unsure = Classification.fromProbabilities(probabilities(Category.TEST, 0.39), 0.40);

        assertThat(sure.category()).isEqualTo(Category.TEST);
        assertThat(sure.confidence()).isEqualTo(0.40);
        assertThat(unsure.category()).isEqualTo(Category.UNKNOWN);
        assertThat(unsure.confidence()).as("still the top probability, which is test's").isEqualTo(0.39);
        assertThat(unsure.scores().get(Category.TEST)).isEqualTo(0.39);
    }

    @Test
    public void tiesGoToTheFirstCategoryOfTheTaxonomy() {
        double[] p = new double[Category.values().length];
        p[Category.DEPENDENCY.ordinal()] = 0.5;
        p[Category.INFRASTRUCTURE.ordinal()] = 0.5;

        assertThat(Classification.fromProbabilities(p, 0.4).category()).isEqualTo(Category.DEPENDENCY);
    }

    @Test
    public void softmaxSumsToOne() {
        double[] p = RulesClassifier.softmax(new double[] {9, 0, 0, 0, 0, 0, 0, 0, 0, 3});

        assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(p[0]).isGreaterThan(p[9]);
    }
}
