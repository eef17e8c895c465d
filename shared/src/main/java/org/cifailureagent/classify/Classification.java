package org.cifailureagent.classify;

import java.util.EnumMap;
import java.util.Map;
import org.cifailureagent.taxonomy.Category;

/**
 * The answer of a classifier. {@code scores} holds a probability for each of the ten categories (they sum to 1);
 * {@code confidence} is always the highest of them; {@code category} is the category with that probability, or
 * {@code unknown} when the confidence is below the classifier's threshold.
 */
public record Classification(Category category, double confidence, Map<Category, Double> scores) {
    public Classification {
        scores = java.util.Collections.unmodifiableMap(new EnumMap<>(scores));
    }

    /** Turns probabilities into a classification with the {@code unknown} threshold applied. */
    public static Classification fromProbabilities(double[] probabilities, double unknownThreshold) {
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        Category best = Category.UNKNOWN;
        double bestP = -1;
        for (Category c : Category.values()) {
            double p = probabilities[c.ordinal()];
            scores.put(c, p);
            if (p > bestP) {
                bestP = p;
                best = c;
            }
        }
        return new Classification(bestP < unknownThreshold ? Category.UNKNOWN : best, bestP, scores);
    }
}
