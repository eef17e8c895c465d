package org.cifailureagent.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.classify.features.FeatureVector;
import org.cifailureagent.classify.features.TextTokens;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.taxonomy.Category;
import org.junit.Test;

public class TrainingSetHashTest {
    @Test
    public void featuresHashChangesWithAnyFeatureValueOrRulesAnswerButNotWithTheOrderOfTheEntries() {
        LabeledExample a = example("a", new int[] {1, 7}, new float[] {1f, 0.5f}, Category.TEST);
        LabeledExample b = example("b", new int[] {2}, new float[] {3f}, Category.TEST);
        LabeledExample bChanged = example("b", new int[] {2}, new float[] {3.25f}, Category.TEST);
        LabeledExample bOtherRulesAnswer = example("b", new int[] {2}, new float[] {3f}, Category.DEPENDENCY);

        assertThat(TrainingSetHash.ofFeatures(List.of(a, b))).isEqualTo(TrainingSetHash.ofFeatures(List.of(b, a)));
        assertThat(TrainingSetHash.ofFeatures(List.of(a, b)))
                .isNotEqualTo(TrainingSetHash.ofFeatures(List.of(a, bChanged)));
        assertThat(TrainingSetHash.ofFeatures(List.of(a, b)))
                .isNotEqualTo(TrainingSetHash.ofFeatures(List.of(a, bOtherRulesAnswer)));
        assertThat(TrainingSetHash.ofFeatures(List.of(a, b))).hasSize(64);
    }

    private static LabeledExample example(String id, int[] indices, float[] values, Category rulesAnswer) {
        CorpusEntry entry = new CorpusEntry("own", id, Path.of(id + ".log"), Category.TEST, List.of(), "p", null, null);
        double[] probabilities = new double[Category.values().length];
        probabilities[rulesAnswer.ordinal()] = 1;
        return new LabeledExample(entry, new FeatureVector(indices, values, List.of(), TextTokens.NONE),
                Classification.fromProbabilities(probabilities, 0.4), List.of());
    }
}
