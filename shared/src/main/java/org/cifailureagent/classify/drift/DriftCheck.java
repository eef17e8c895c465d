package org.cifailureagent.classify.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cifailureagent.classify.model.ModelMetadata;
import org.cifailureagent.taxonomy.Category;

/** Compares recent analyses with a model's reference distribution. */
public final class DriftCheck {
    /** PSI above this is a significant shift (the usual rule of thumb). */
    public static final double PSI_LIMIT = 0.25;
    /** A share (low-confidence answers, unknown words) this much above the reference counts as drift. */
    public static final double SHARE_LIMIT = 0.15;
    /** Below this many samples, no verdict: PSI on a handful of answers is noise. */
    public static final int MIN_SAMPLES = 30;
    /** Stands in for an empty bin, so PSI stays finite. */
    private static final double EPSILON = 1e-4;

    private DriftCheck() {
    }

    public static DriftFigures compare(ModelMetadata model, List<DriftSample> recent) {
        ModelMetadata.Reference reference = model.reference();
        int n = recent.size();
        Category[] categories = Category.values();
        double[] expectedCategories = new double[categories.length];
        double[] actualCategories = new double[categories.length];
        for (Category c : categories) {
            expectedCategories[c.ordinal()] = reference.categoryShares().getOrDefault(c.wireName(), 0.0);
        }
        double[] expectedConfidence = reference.confidenceBins().stream().mapToDouble(Double::doubleValue).toArray();
        double[] actualConfidence = new double[expectedConfidence.length];
        int lowCount = 0;
        double oovSum = 0;
        for (DriftSample sample : recent) {
            actualCategories[Category.fromWireName(sample.category()).ordinal()]++;
            actualConfidence[bin(sample.confidence(), actualConfidence.length)]++;
            lowCount += sample.confidence() < model.unknownThreshold() ? 1 : 0;
            oovSum += sample.oovRate();
        }
        for (int i = 0; n > 0 && i < actualCategories.length; i++) {
            actualCategories[i] /= n;
        }
        for (int i = 0; n > 0 && i < actualConfidence.length; i++) {
            actualConfidence[i] /= n;
        }
        double low = n == 0 ? 0 : (double) lowCount / n;
        double oov = n == 0 ? 0 : oovSum / n;
        double categoryPsi = n == 0 ? 0 : psi(expectedCategories, actualCategories);
        double confidencePsi = n == 0 ? 0 : psi(expectedConfidence, actualConfidence);
        List<String> reasons = new ArrayList<>();
        if (n >= MIN_SAMPLES) {
            if (categoryPsi > PSI_LIMIT) {
                reasons.add(String.format(Locale.ROOT, "categories shifted (PSI %.3f > %.2f)", categoryPsi, PSI_LIMIT));
            }
            if (confidencePsi > PSI_LIMIT) {
                reasons.add(String.format(Locale.ROOT, "confidence shifted (PSI %.3f > %.2f)", confidencePsi,
                        PSI_LIMIT));
            }
            if (low > reference.lowConfidenceShare() + SHARE_LIMIT) {
                reasons.add(String.format(Locale.ROOT, "low-confidence answers %.3f vs %.3f in training", low,
                        reference.lowConfidenceShare()));
            }
            if (oov > reference.oovRate() + SHARE_LIMIT) {
                reasons.add(String.format(Locale.ROOT, "unknown words %.3f vs %.3f in training", oov,
                        reference.oovRate()));
            }
        }
        return new DriftFigures(n, categoryPsi, confidencePsi, low, reference.lowConfidenceShare(), oov,
                reference.oovRate(), reasons);
    }

    static int bin(double confidence, int bins) {
        return Math.min(bins - 1, Math.max(0, (int) Math.floor(confidence * bins)));
    }

    /** Population stability index: sum over bins of (actual - expected) * ln(actual / expected). */
    static double psi(double[] expected, double[] actual) {
        double psi = 0;
        for (int i = 0; i < expected.length; i++) {
            double e = Math.max(EPSILON, expected[i]);
            double a = Math.max(EPSILON, actual[i]);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }
}
