package org.cifailureagent.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cifailureagent.classify.model.InvalidModelException;
import org.cifailureagent.classify.model.ModelMetadata;
import org.cifailureagent.classify.model.Models;
import org.cifailureagent.classify.model.XgbModel;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.evaluation.CorpusDirs;
import org.cifailureagent.files.AtomicFiles;
import org.cifailureagent.rules.RuleLoader;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Trains small models on our own examples: determinism, grouping, and what a model file refuses. */
public class TrainingTest {
    private static final TrainingParams SMALL = new TrainingParams(5, 3, 0.3, 0.8, 0.5, 7);
    private static List<LabeledExample> examples;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @BeforeClass
    public static void analyzeFixtures() {
        List<CorpusEntry> entries = TrainingData.read(List.of(CorpusDirs.fixtures()));
        examples = new ExampleExtractor(new RuleLoader().loadDefault()).extract(entries, Progress.NONE);
    }

    @Test
    public void theSameDataAndSeedGiveAByteIdenticalModel() {
        byte[] first = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model().toBytes();
        byte[] second = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model().toBytes();
        assertThat(first).isEqualTo(second);
        byte[] otherSeed = ModelTrainer.train(examples, new TrainingParams(5, 3, 0.3, 0.8, 0.5, 8), 3,
                Progress.NONE).model().toBytes();
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    public void noProjectSitsOnBothSidesOfAFold() {
        int[] folds = GroupedFolds.assign(examples, 3);
        Map<String, Set<Integer>> foldsOfGroup = new HashMap<>();
        for (int i = 0; i < folds.length; i++) {
            foldsOfGroup.computeIfAbsent(examples.get(i).groupKey(), g -> new HashSet<>()).add(folds[i]);
        }
        assertThat(foldsOfGroup.values()).allSatisfy(f -> assertThat(f).hasSize(1));
        assertThat(new HashSet<>(Arrays.stream(folds).boxed().toList())).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    public void aSavedModelLoadsWithItsMetadataAndPredictsTheSame() throws Exception {
        XgbModel model = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model();
        Path file = temp.getRoot().toPath().resolve("m.ubj");
        AtomicFiles.writeAtomically(file, model.toBytes());
        XgbModel loaded = Models.load(file);
        assertThat(loaded.metadata()).isEqualTo(model.metadata());
        assertThat(loaded.probabilities(examples.get(0).features()))
                .containsExactly(model.probabilities(examples.get(0).features()));
    }

    @Test
    public void corruptAndTruncatedModelsAreRefusedNamingTheFile() throws Exception {
        byte[] bytes = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model().toBytes();
        Path truncated = temp.getRoot().toPath().resolve("truncated.ubj");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> Models.load(truncated)).isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith(truncated.toString());
        Path corrupt = temp.getRoot().toPath().resolve("corrupt.ubj");
        Files.write(corrupt, CorpusDirs.class.getName().getBytes());
        assertThatThrownBy(() -> Models.load(corrupt)).isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith(corrupt.toString());
    }

    @Test
    public void aModelOfAnotherFeatureSchemaIsRefused() throws Exception {
        XgbModel trained = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model();
        ModelMetadata m = trained.metadata();
        ModelMetadata older = new ModelMetadata(m.version(), m.featureSchema() - 1, m.unknownThreshold(),
                m.temperature(), m.trainingSetSha256(), m.corpora(), m.labelCounts(), m.params(), m.reference(),
                m.vocabulary());
        Path file = temp.getRoot().toPath().resolve("old.ubj");
        Files.write(file, XgbModel.of(booster(trained), older).toBytes());
        assertThatThrownBy(() -> Models.load(file)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("feature schema " + (m.featureSchema() - 1)).hasMessageContaining("retrain");
    }

    private static ml.dmlc.xgboost4j.java.Booster booster(XgbModel model) throws Exception {
        return ml.dmlc.xgboost4j.java.XGBoost.loadModel(model.toBytes());
    }
}
