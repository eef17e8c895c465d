package org.cifailureagent.explain.flaky;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.taxonomy.Category;

/**
 * The flaky decision with its evidence: {@code category} is the category the failure gets ({@code flaky},
 * {@code test}, or the classifier's when the evidence does not bear on it); {@code tests} are the failing and
 * retried tests with their records.
 */
public record FlakyVerdict(boolean flaky, Category category, String reason, List<TestRecord> tests) {
    public FlakyVerdict {
        tests = List.copyOf(tests);
    }

    /**
     * The classification with the decided category. The scores of the old and new category are swapped, so the
     * category is still the one with the highest score.
     */
    public Classification applyTo(Classification classification) {
        Category from = classification.category();
        if (from == category) {
            return classification;
        }
        Map<Category, Double> scores = new EnumMap<>(classification.scores());
        Double fromScore = scores.get(from);
        scores.put(from, scores.get(category));
        scores.put(category, fromScore);
        return new Classification(category, classification.confidence(), scores);
    }
}
