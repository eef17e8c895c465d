package org.cifailureagent.classify.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cifailureagent.taxonomy.Category.COMPILATION;
import static org.cifailureagent.taxonomy.Category.DEPENDENCY;
import static org.cifailureagent.taxonomy.Category.QUALITY;
import static org.cifailureagent.taxonomy.Category.TEST;
import static org.cifailureagent.taxonomy.Category.UNKNOWN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.taxonomy.Category;
import org.junit.Test;

/** Where the rules were precise on the training entries, their answer stands over the model's. */
public class RulePrecisionTest {
    /** Rules that answered dependency 20 times, right 18 times (0.90), and test 20 times, right 16 times (0.80). */
    private static final RulePrecision PRECISION = new RulePrecision(Map.of(
            "dependency", new RulePrecision.Tally(20, 18),
            "test", new RulePrecision.Tally(20, 16),
            "quality", new RulePrecision.Tally(9, 9)));

    @Test
    public void countsEachAnswerOfTheRulesAgainstItsLabelAndSkipsUnknown() {
        List<Category> answers = new ArrayList<>();
        List<Category> labels = new ArrayList<>();
        add(answers, labels, DEPENDENCY, DEPENDENCY, 3);
        add(answers, labels, DEPENDENCY, TEST, 1);
        add(answers, labels, QUALITY, COMPILATION, 2);
        add(answers, labels, UNKNOWN, TEST, 5);
        assertThat(RulePrecision.count(answers, labels).byCategory()).containsOnly(
                Map.entry("dependency", new RulePrecision.Tally(4, 3)),
                Map.entry("quality", new RulePrecision.Tally(2, 0)));
    }

    @Test
    public void rulesDecideOnlyWherePreciseOverEnoughAnswers() {
        assertThat(PRECISION.decides(DEPENDENCY)).isTrue();
        assertThat(PRECISION.decides(TEST)).as("0.80 precise").isFalse();
        assertThat(PRECISION.decides(QUALITY)).as("right every time, but only 9 answers").isFalse();
        assertThat(PRECISION.decides(COMPILATION)).as("never answered").isFalse();
        assertThat(new RulePrecision(Map.of("unknown", new RulePrecision.Tally(50, 50))).decides(UNKNOWN)).isFalse();
        assertThat(RulePrecision.none().decides(DEPENDENCY)).isFalse();
    }

    @Test
    public void aDecidingAnswerTakesTheRulesPrecisionAndTheOthersShareTheRestInTheModelsProportions() {
        Classification model = Classification.fromProbabilities(probabilities(TEST, 0.6, DEPENDENCY, 0.2,
                QUALITY, 0.2), 0.0);
        Classification combined = PRECISION.combine(model, DEPENDENCY, 0.0);
        assertThat(combined.category()).isEqualTo(DEPENDENCY);
        assertThat(combined.confidence()).isCloseTo(0.9, within(1e-12));
        assertThat(combined.scores().get(TEST)).isCloseTo(0.6 * 0.1 / 0.8, within(1e-12));
        assertThat(combined.scores().get(QUALITY)).isCloseTo(0.2 * 0.1 / 0.8, within(1e-12));
        assertThat(combined.scores().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    public void theModelsOwnHigherProbabilityIsKeptWhenOnlyTheThresholdMadeItUnknown() {
        Classification model = Classification.fromProbabilities(probabilities(DEPENDENCY, 0.95, TEST, 0.05), 0.97);
        assertThat(model.category()).isEqualTo(UNKNOWN);
        Classification combined = PRECISION.combine(model, DEPENDENCY, 0.5);
        assertThat(combined.category()).isEqualTo(DEPENDENCY);
        assertThat(combined.confidence()).isCloseTo(0.95, within(1e-12));
    }

    @Test
    public void theModelDecidesWhereTheRulesWereNotPreciseOrAgree() {
        Classification model = Classification.fromProbabilities(probabilities(QUALITY, 0.7, TEST, 0.3), 0.0);
        assertThat(PRECISION.combine(model, TEST, 0.0)).isSameAs(model);
        assertThat(PRECISION.combine(model, UNKNOWN, 0.0)).isSameAs(model);
        Classification agreeing = Classification.fromProbabilities(probabilities(DEPENDENCY, 0.6, TEST, 0.4), 0.0);
        assertThat(PRECISION.combine(agreeing, DEPENDENCY, 0.0)).isSameAs(agreeing);
    }

    private static void add(List<Category> answers, List<Category> labels, Category answer, Category label, int n) {
        answers.addAll(Collections.nCopies(n, answer));
        labels.addAll(Collections.nCopies(n, label));
    }

    private static double[] probabilities(Object... categoryThenProbability) {
        double[] p = new double[Category.values().length];
        for (int i = 0; i < categoryThenProbability.length; i += 2) {
            p[((Category) categoryThenProbability[i]).ordinal()] = (double) categoryThenProbability[i + 1];
        }
        return p;
    }
}
