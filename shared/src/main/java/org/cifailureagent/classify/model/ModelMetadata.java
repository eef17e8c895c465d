package org.cifailureagent.classify.model;

import java.util.List;
import java.util.Map;

/**
 * What a model file says about itself, stored inside it as a booster attribute: the feature schema it reads, how its
 * confidence is calibrated, what it was trained on, and the distribution of its answers on data it had not seen
 * (out-of-fold), which drift checks compare recent analyses with.
 *
 * @param temperature probabilities are raised to 1/temperature and renormalized (temperature scaling)
 * @param trainingSetSha256 hash of the training entries (corpus, id, category, log bytes, line ranges)
 * @param vocabulary the words of top-ranked lines seen in at least two training entries, sorted
 * @param keptWords the words and bigrams of the hashed text the model reads (keys of
 *     {@link org.cifailureagent.classify.features.TextTokens#keys()}), sorted; the others are dropped before hashing,
 *     as in training. {@code null} keeps all: files written before project-support pruning
 * @param rulePrecision the rules' precision per category on the training entries, which decides where the rules'
 *     answer overrides the model's; none in files written before it was counted
 */
public record ModelMetadata(String version, int featureSchema, double unknownThreshold, double temperature,
                            String trainingSetSha256, List<CorpusSummary> corpora, Map<String, Integer> labelCounts,
                            Map<String, String> params, Reference reference, List<String> vocabulary,
                            List<String> keptWords, RulePrecision rulePrecision) {
    public ModelMetadata {
        corpora = List.copyOf(corpora);
        labelCounts = sorted(labelCounts);
        params = sorted(params);
        vocabulary = List.copyOf(vocabulary);
        keptWords = keptWords == null ? null : List.copyOf(keptWords);
        rulePrecision = rulePrecision == null ? RulePrecision.none() : rulePrecision;
    }

    /**
     * Sorted by key: the metadata is serialized into the model file, and {@code Map.copyOf} iterates in an order
     * that changes from one JVM to the next, which would make the same training give different files.
     */
    static <V> Map<String, V> sorted(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
    }

    /** One corpus a model was trained on: its folder name, entry count and the hash of its entries. */
    public record CorpusSummary(String name, int entries, String sha256) {
    }

    /**
     * The model's answers on out-of-fold data: share of each predicted category, share of confidences per tenth
     * (bin i holds [i/10, (i+1)/10)), share below the unknown threshold, and the out-of-vocabulary rate.
     */
    public record Reference(Map<String, Double> categoryShares, List<Double> confidenceBins,
                            double lowConfidenceShare, double oovRate) {
        public Reference {
            categoryShares = sorted(categoryShares);
            confidenceBins = List.copyOf(confidenceBins);
        }
    }
}
