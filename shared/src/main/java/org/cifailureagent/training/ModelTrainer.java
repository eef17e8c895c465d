package org.cifailureagent.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import ml.dmlc.xgboost4j.java.Booster;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.classify.features.FeatureSchema;
import org.cifailureagent.classify.model.ModelMetadata;
import org.cifailureagent.classify.model.XgbModel;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.taxonomy.Category;

/**
 * Trains a model the way the shipped one is trained: grouped cross-validation first (its out-of-fold answers fit
 * the calibration and give the drift reference), then one booster on all examples.
 */
public final class ModelTrainer {
    /** Macro-F1, which the unknown threshold is tuned for, counts categories with at least this many examples. */
    public static final int MIN_SUPPORT = 20;

    private ModelTrainer() {
    }

    /**
     * @param cv the cross-validation the calibration came from
     * @param rankersPerFold whether the cross-validation's features read lines ranked per fold
     */
    public record Trained(XgbModel model, CrossValidation cv, CvEvaluation evaluation, boolean rankersPerFold) {
        public String lineRanker() {
            return FoldedExamples.lineRanker(rankersPerFold);
        }
    }

    /** Cross-validation on the features of {@code examples}, which the shipped line ranker built. */
    public static Trained train(List<LabeledExample> examples, TrainingParams params, int folds, Progress progress) {
        requireExamples(examples);
        return train(examples, FoldedExamples.shared(examples, folds, 0), params, progress);
    }

    /**
     * @param examples the examples the final model trains on, with the shipped line ranker's features
     * @param folded the same entries as each fold of the cross-validation sees them
     */
    public static Trained train(List<LabeledExample> examples, FoldedExamples folded, TrainingParams params,
                                Progress progress) {
        requireExamples(examples);
        CrossValidation cv = CrossValidation.run(folded, entry -> true, params, progress);
        CvEvaluation evaluation = CvEvaluation.tuned(folded.outOfFold(), cv, MIN_SUPPORT);
        progress.start("training the final model", 1);
        Set<String> kept = ProjectSupport.kept(examples, params.minProjects());
        List<LabeledExample> trainedOn = ProjectSupport.prune(examples, ProjectSupport.keeps(kept));
        Booster booster = BoosterTrainer.train(trainedOn, params);
        progress.advance();
        progress.finish();
        List<CorpusEntry> entries = examples.stream().map(LabeledExample::entry).toList();
        String hash = TrainingSetHash.of(entries);
        ModelMetadata metadata = new ModelMetadata("xgb-s" + FeatureSchema.VERSION + "-" + hash.substring(0, 12)
                + "-" + TrainingSetHash.ofFeatures(trainedOn).substring(0, 8),
                FeatureSchema.VERSION, evaluation.unknownThreshold(), evaluation.temperature(), hash, corpora(entries),
                labelCounts(entries), params.describe(), reference(evaluation.answers(), cv.oovRates(), evaluation.unknownThreshold()),
                Vocabulary.of(examples), kept == null ? null : new TreeSet<>(kept).stream().toList(),
                CrossValidation.rulePrecision(examples));
        return new Trained(XgbModel.of(booster, metadata), cv, evaluation, folded.rankersPerFold());
    }

    private static void requireExamples(List<LabeledExample> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
    }

    private static List<ModelMetadata.CorpusSummary> corpora(List<CorpusEntry> entries) {
        Map<String, List<CorpusEntry>> byCorpus = new TreeMap<>();
        for (CorpusEntry entry : entries) {
            byCorpus.computeIfAbsent(entry.corpus(), c -> new ArrayList<>()).add(entry);
        }
        List<ModelMetadata.CorpusSummary> out = new ArrayList<>();
        byCorpus.forEach((name, list) -> out.add(new ModelMetadata.CorpusSummary(name, list.size(),
                TrainingSetHash.of(list))));
        return out;
    }

    private static Map<String, Integer> labelCounts(List<CorpusEntry> entries) {
        Map<String, Integer> counts = new TreeMap<>();
        for (CorpusEntry entry : entries) {
            counts.merge(entry.category().wireName(), 1, Integer::sum);
        }
        return counts;
    }

    private static ModelMetadata.Reference reference(List<Classification> answers, double[] oovRates,
                                                     double unknownThreshold) {
        int n = answers.size();
        Map<String, Double> shares = new TreeMap<>();
        for (Category c : Category.values()) {
            shares.put(c.wireName(), 0.0);
        }
        double[] bins = new double[10];
        double low = 0;
        for (Classification answer : answers) {
            shares.merge(answer.category().wireName(), 1.0 / n, Double::sum);
            bins[Math.min(9, (int) Math.floor(answer.confidence() * 10))] += 1.0 / n;
            low += answer.confidence() < unknownThreshold ? 1.0 / n : 0;
        }
        double oov = java.util.Arrays.stream(oovRates).average().orElse(0);
        List<Double> binList = java.util.Arrays.stream(bins).map(ModelTrainer::round).boxed().toList();
        Map<String, Double> rounded = new TreeMap<>();
        shares.forEach((k, v) -> rounded.put(k, round(v)));
        return new ModelMetadata.Reference(rounded, binList, round(low), round(oov));
    }

    /** Six decimals: enough for drift figures, and the metadata text stays the same across platforms. */
    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
