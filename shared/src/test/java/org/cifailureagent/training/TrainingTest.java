package org.cifailureagent.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cifailureagent.classify.features.FeatureVector;
import org.cifailureagent.classify.features.TextFeatures;
import org.cifailureagent.classify.model.InvalidModelException;
import org.cifailureagent.Analyzer;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.classify.Classifier;
import org.cifailureagent.classify.RulesClassifier;
import org.cifailureagent.classify.features.FeatureExtractor;
import org.cifailureagent.classify.model.ModelClassifier;
import org.cifailureagent.classify.model.Models;
import org.cifailureagent.classify.model.RulePrecision;
import org.cifailureagent.classify.model.XgbModel;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.taxonomy.Category;
import org.cifailureagent.evaluation.CorpusDirs;
import org.cifailureagent.files.AtomicFiles;
import org.cifailureagent.evaluation.CorpusEvaluation;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleSet;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Trains small models on our own examples: determinism, grouping, and what a model file refuses. */
public class TrainingTest {
    private static final TrainingParams SMALL = new TrainingParams(5, 3, 0.3, 0.8, 0.5, 7, 1);
    private static final TrainingParams PRUNED = new TrainingParams(5, 3, 0.3, 0.8, 0.5, 7, 2);
    private static List<LabeledExample> examples;
    /** The rule precision in a model file's metadata line: its last field, a map of tallies. */
    private static final String STORED_PRECISION = "\"rulePrecision\":\\{\"byCategory\":\\{.*?\\}\\}\\}";

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
        byte[] otherSeed = ModelTrainer.train(examples, new TrainingParams(5, 3, 0.3, 0.8, 0.5, 8, 1), 3,
                Progress.NONE).model().toBytes();
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    public void noProjectSitsOnBothSidesOfAFold() {
        for (long splitSeed : new long[] {0, 5}) {
            int[] folds = GroupedFolds.assign(examples.stream().map(LabeledExample::entry).toList(), 3, splitSeed);
            Map<String, Set<Integer>> foldsOfGroup = new HashMap<>();
            for (int i = 0; i < folds.length; i++) {
                foldsOfGroup.computeIfAbsent(examples.get(i).groupKey(), g -> new HashSet<>()).add(folds[i]);
            }
            assertThat(foldsOfGroup.values()).allSatisfy(f -> assertThat(f).hasSize(1));
            assertThat(new HashSet<>(Arrays.stream(folds).boxed().toList())).containsExactlyInAnyOrder(0, 1, 2);
        }
    }

    /** Projects of equal size, as most of LogChunks' are: only the split seed decides where each goes. */
    @Test
    public void anotherSplitSeedDealsTheProjectsOtherwiseAndTheSameSeedAlike() {
        List<CorpusEntry> entries = new java.util.ArrayList<>();
        for (int project = 0; project < 12; project++) {
            for (int log = 0; log < 3; log++) {
                entries.add(new CorpusEntry("c", project + "-" + log, Path.of("x.log"), Category.TEST, List.of(),
                        "project-" + project, null, null));
            }
        }
        assertThat(GroupedFolds.assign(entries, 3, 5)).isEqualTo(GroupedFolds.assign(entries, 3, 5))
                .isNotEqualTo(GroupedFolds.assign(entries, 3, 0));
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
    public void hashingTheTokensAgainWithEveryWordKeptGivesTheExtractedVector() {
        for (LabeledExample example : examples) {
            FeatureVector again = TextFeatures.keepOnly(example.features(), TextFeatures.KEEP_ALL);
            assertThat(again.indices()).isEqualTo(example.features().indices());
            assertThat(again.values()).isEqualTo(example.features().values());
        }
    }

    @Test
    public void aPrunedModelStoresItsKeptWordsAndReadsThemBack() throws Exception {
        XgbModel model = ModelTrainer.train(examples, PRUNED, 3, Progress.NONE).model();
        assertThat(model.metadata().keptWords()).isNotEmpty()
                .isEqualTo(List.copyOf(new TreeSet<>(ProjectSupport.kept(examples, 2))));
        assertThat(model.metadata().params()).containsEntry("min_project_support", "2");
        assertThat(model.metadata().version()).as("the features hash covers the pruned vectors trained on")
                .isNotEqualTo(ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model().metadata().version());
        Path file = temp.getRoot().toPath().resolve("pruned.ubj");
        AtomicFiles.writeAtomically(file, model.toBytes());
        assertThat(Models.load(file).metadata()).isEqualTo(model.metadata());
    }

    @Test
    public void aModelScoresWithoutTheWordsItsFileDoesNotKeep() throws Exception {
        XgbModel model = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model();
        String text = new String(model.toBytes(), StandardCharsets.ISO_8859_1);
        Path file = temp.getRoot().toPath().resolve("no-words.ubj");
        Files.write(file, text.replace("\"keptWords\":null", "\"keptWords\":[]").getBytes(StandardCharsets.ISO_8859_1));
        XgbModel noWords = Models.load(file);
        boolean wordsMattered = false;
        for (LabeledExample example : examples) {
            FeatureVector features = example.features();
            FeatureVector withoutText = TextFeatures.keepOnly(features, key -> false);
            assertThat(noWords.probabilities(features)).containsExactly(model.probabilities(withoutText));
            wordsMattered |= !Arrays.equals(model.probabilities(features), model.probabilities(withoutText));
        }
        assertThat(wordsMattered).as("some example's words change the unpruned model's answer").isTrue();
    }

    @Test
    public void aModelFileWrittenBeforePruningLoadsAndKeepsEveryWord() throws Exception {
        XgbModel model = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model();
        assertThat(model.metadata().keptWords()).isNull();
        String text = new String(model.toBytes(), StandardCharsets.ISO_8859_1);
        String before = text.replaceFirst(",\"keptWords\":null", "");
        assertThat(before).isNotEqualTo(text);
        Path file = temp.getRoot().toPath().resolve("old.ubj");
        Files.write(file, before.getBytes(StandardCharsets.ISO_8859_1));
        XgbModel loaded = Models.load(file);
        assertThat(loaded.metadata().keptWords()).isNull();
        assertThat(TrainingParams.fromDescription(Map.of()).minProjects()).isEqualTo(1);
        assertThat(loaded.probabilities(examples.get(0).features()))
                .containsExactly(model.probabilities(examples.get(0).features()));
    }

    @Test
    public void aModelStoresTheRulesPrecisionOnItsTrainingEntries() {
        RulePrecision stored = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model().metadata()
                .rulePrecision();
        assertThat(stored.byCategory()).isNotEmpty();
        for (Category category : Category.values()) {
            long answered = examples.stream().filter(e -> e.rulesOnly().category() == category).count();
            long right = examples.stream().filter(e -> e.rulesOnly().category() == category
                    && e.entry().category() == category).count();
            RulePrecision.Tally tally = stored.byCategory().get(category.wireName());
            if (category == Category.UNKNOWN || answered == 0) {
                assertThat(tally).as(category.wireName()).isNull();
            } else {
                assertThat(tally).as(category.wireName()).isEqualTo(new RulePrecision.Tally((int) answered,
                        (int) right));
            }
        }
    }

    @Test
    public void aModelFileWrittenBeforeRulePrecisionLoadsAndLetsTheModelDecide() throws Exception {
        XgbModel model = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model();
        String text = new String(model.toBytes(), StandardCharsets.ISO_8859_1);
        String before = text.replaceFirst("," + STORED_PRECISION, "");
        assertThat(before).isNotEqualTo(text);
        Path file = temp.getRoot().toPath().resolve("before-rule-precision.ubj");
        Files.write(file, before.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Models.load(file).metadata().rulePrecision()).isEqualTo(RulePrecision.none());
    }

    @Test
    public void theCrossValidatedAnswersTakeTheRulesAnswerWhereTheirFoldSaysTheyDecide() {
        FoldedExamples folded = FoldedExamples.shared(examples, 3, 0);
        CrossValidation cv = CrossValidation.run(folded, entry -> true, SMALL, Progress.NONE);
        CvEvaluation modelAlone = CvEvaluation.of(examples, cv.modelAlone(), 1.0, 0.0);
        assertThat(modelAlone.rulesDecided()).isZero();
        Category overruled = overruledCategory(modelAlone.answers().stream().map(Classification::category).toList());
        RulePrecision decisive = new RulePrecision(Map.of(overruled.wireName(), new RulePrecision.Tally(10, 10)));
        CvEvaluation rulesDecide = CvEvaluation.of(examples, withPrecision(cv, decisive), 1.0, 0.0);
        int changed = 0;
        for (int i = 0; i < examples.size(); i++) {
            Category modelsAnswer = modelAlone.answers().get(i).category();
            Category expected = examples.get(i).rulesOnly().category() == overruled ? overruled : modelsAnswer;
            assertThat(rulesDecide.answers().get(i).category()).as(examples.get(i).entry().id()).isEqualTo(expected);
            changed += expected != modelsAnswer ? 1 : 0;
        }
        assertThat(changed).as("answers the rules changed").isPositive();
        assertThat(rulesDecide.rulesDecided()).isEqualTo(changed);
    }

    @Test
    public void anAnalysisTakesTheRulesAnswerWhereTheModelFileSaysTheyDecide() throws Exception {
        XgbModel trained = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model();
        XgbModel alone = withStoredPrecision(trained, "{}", "alone.ubj");
        List<Category> aloneAnswers = analyzedCategories(alone);
        Category overruled = overruledCategory(aloneAnswers);
        XgbModel decisive = withStoredPrecision(trained,
                "{\"" + overruled.wireName() + "\":{\"answers\":10,\"correct\":10}}", "decisive.ubj");
        List<Category> decided = analyzedCategories(decisive);
        for (int i = 0; i < examples.size(); i++) {
            Category expected = examples.get(i).rulesOnly().category() == overruled ? overruled : aloneAnswers.get(i);
            assertThat(decided.get(i)).as(examples.get(i).entry().id()).isEqualTo(expected);
        }
    }

    /** A category the rules answered where the model answered otherwise, so that letting it decide changes something. */
    private static Category overruledCategory(List<Category> modelAnswers) {
        return java.util.stream.IntStream.range(0, examples.size())
                .mapToObj(i -> examples.get(i).rulesOnly().category() == modelAnswers.get(i) ? Category.UNKNOWN
                        : examples.get(i).rulesOnly().category())
                .filter(c -> c != Category.UNKNOWN).findFirst()
                .orElseThrow(() -> new AssertionError("the rules and the model agree on every example"));
    }

    /** The model file with another rule precision written into its metadata, loaded as a user's model would be. */
    private XgbModel withStoredPrecision(XgbModel model, String byCategory, String name) throws Exception {
        String text = new String(model.toBytes(), StandardCharsets.ISO_8859_1);
        String replaced = text.replaceFirst(STORED_PRECISION,
                java.util.regex.Matcher.quoteReplacement("\"rulePrecision\":{\"byCategory\":" + byCategory + "}"));
        assertThat(replaced).isNotEqualTo(text);
        Path file = temp.getRoot().toPath().resolve(name);
        Files.write(file, replaced.getBytes(StandardCharsets.ISO_8859_1));
        return Models.load(file);
    }

    /** The category the model's classifier answers in a whole analysis of each example's log, in order. */
    private static List<Category> analyzedCategories(XgbModel model) {
        RuleSet rules = new RuleLoader().loadDefault();
        ModelClassifier classifier = new ModelClassifier(model, new FeatureExtractor(rules), new RulesClassifier(rules),
                sample -> { });
        List<Category> answered = new java.util.ArrayList<>();
        Classifier recording = signals -> {
            Classification answer = classifier.classify(signals);
            answered.add(answer.category());
            return answer;
        };
        Analyzer analyzer = Analyzer.builder(rules).classifier(recording, "test", "loaded").build();
        examples.forEach(example -> analyzer.analyze(CorpusEvaluation.requestFor(example.entry())));
        assertThat(answered).as("one classification per analysis").hasSameSizeAs(examples);
        return answered;
    }

    private static CrossValidation withPrecision(CrossValidation cv, RulePrecision precision) {
        return new CrossValidation(cv.folds(), cv.probabilities(), cv.oovRates(),
                java.util.Collections.nCopies(cv.rulePrecision().size(), precision));
    }

    @Test
    public void corruptAndTruncatedModelsAreRefusedNamingTheFile() throws Exception {
        // xgboost's native reader can crash the JVM on such bytes: they must be caught before it sees them.
        byte[] bytes = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model().toBytes();
        Path file = temp.getRoot().toPath().resolve("broken.ubj");
        for (int cut : new int[] {5, 40, bytes.length / 3, bytes.length / 2, bytes.length - 1}) {
            Files.write(file, Arrays.copyOf(bytes, cut));
            assertThatThrownBy(() -> Models.load(file)).as("cut at " + cut).isInstanceOf(InvalidModelException.class)
                    .hasMessageStartingWith(file.toString());
        }
        byte[] flipped = bytes.clone();
        flipped[bytes.length - 100] ^= 0x55;
        Files.write(file, flipped);
        assertThatThrownBy(() -> Models.load(file)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("checksum");
        Files.write(file, CorpusDirs.class.getName().getBytes());
        assertThatThrownBy(() -> Models.load(file)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("not a CI Failure Agent model");
    }

    @Test
    public void aModelWrittenBeforeTheCrc32IsCheckedByItsSha256() throws Exception {
        XgbModel model = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model();
        String text = new String(model.toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        String withoutCrc = text.replaceFirst(",\"payloadCrc32\":[0-9]+", "");
        assertThat(withoutCrc).isNotEqualTo(text);
        Path file = temp.getRoot().toPath().resolve("older.ubj");
        Files.write(file, withoutCrc.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(Models.load(file).metadata()).isEqualTo(model.metadata());
        byte[] flipped = Files.readAllBytes(file);
        flipped[flipped.length - 100] ^= 0x55;
        Files.write(file, flipped);
        assertThatThrownBy(() -> Models.load(file)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("checksum");
    }

    @Test
    public void aModelOfAnotherFeatureSchemaIsRefused() throws Exception {
        XgbModel trained = ModelTrainer.train(examples, SMALL, 3, Progress.NONE).model();
        int schema = trained.metadata().featureSchema();
        String text = new String(trained.toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).contains("\"featureSchema\":" + schema + ",");
        Path file = temp.getRoot().toPath().resolve("old.ubj");
        Files.write(file, text.replace("\"featureSchema\":" + schema + ",", "\"featureSchema\":" + (schema + 1) + ",")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Models.load(file)).isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining("feature schema " + (schema + 1))
                .hasMessageContaining("retrain");
    }
}
