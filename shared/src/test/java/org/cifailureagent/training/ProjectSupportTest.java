package org.cifailureagent.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.classify.features.FeatureVector;
import org.cifailureagent.classify.features.TextFeatures;
import org.cifailureagent.classify.features.TextTokens;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.taxonomy.Category;
import org.junit.Test;

public class ProjectSupportTest {
    // "error" is printed by projects a, b and c; "eslint" by a and b; "frobnicate" by project a only (twice).
    private static final List<LabeledExample> TRAINING = List.of(
            example("a", 1, "frobnicate", "error"),
            example("a", 2, "frobnicate", "eslint"),
            example("b", 3, "eslint", "error"),
            example("c", 4, "error"));

    @Test
    public void aWordOfOneProjectIsDroppedOneOfEnoughProjectsIsKept() {
        assertThat(ProjectSupport.kept(TRAINING, 2)).contains("line:error", "line:eslint")
                .doesNotContain("line:frobnicate", "line:frobnicate error", "line:frobnicate eslint");
        assertThat(ProjectSupport.kept(TRAINING, 3)).containsExactly("line:error");
    }

    @Test
    public void theCountIsOfProjectsNotOfLogs() {
        assertThat(ProjectSupport.kept(TRAINING.subList(0, 2), 2)).isEmpty();
    }

    @Test
    public void oneProjectKeepsEveryExampleAsItIs() {
        assertThat(ProjectSupport.kept(TRAINING, 1)).isNull();
        assertThat(ProjectSupport.keeps(ProjectSupport.kept(TRAINING, 1))).isSameAs(TextFeatures.KEEP_ALL);
        assertThat(ProjectSupport.prune(TRAINING, TextFeatures.KEEP_ALL)).isSameAs(TRAINING);
    }

    @Test
    public void aDroppedWordLeavesTheVectorsTrainedOnAndTheRestStays() {
        List<LabeledExample> pruned = ProjectSupport.prune(TRAINING,
                ProjectSupport.keeps(ProjectSupport.kept(TRAINING, 2)));
        FeatureVector original = TRAINING.get(0).features();
        FeatureVector kept = pruned.get(0).features();
        assertThat(kept.indices()).hasSize(1);
        assertThat(original.indices()).contains(kept.indices()[0]).hasSizeGreaterThan(1);
        assertThat(kept.words()).isEqualTo(original.words());
        assertThat(kept.text()).isEqualTo(original.text());
    }

    private static LabeledExample example(String project, int id, String... words) {
        FeatureVector features = TextFeatures.keepOnly(new FeatureVector(new int[0], new float[0], List.of(words),
                new TextTokens(List.of(), List.of(List.of(words)), List.of())), TextFeatures.KEEP_ALL);
        CorpusEntry entry = new CorpusEntry("c", project + "-" + id, Path.of("none.log"), Category.TEST, List.of(),
                project, null, null);
        return new LabeledExample(entry, features,
                Classification.fromProbabilities(new double[Category.values().length], 0.4), List.of());
    }
}
