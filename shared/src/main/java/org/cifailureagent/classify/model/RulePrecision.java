package org.cifailureagent.classify.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.taxonomy.Category;

/**
 * How often the rules alone were right, per category they answered, counted on a model's training entries. Where
 * the rules answered a category often enough and were precise, their answer decides over the model's: a rule written
 * from a tool's own output carries to projects the model never saw, while the model's words may not
 * (docs/retraining.md, "Thirteenth session").
 *
 * @param byCategory the rules' answers and right answers per category (wire names), sorted
 */
public record RulePrecision(Map<String, Tally> byCategory) {
    /** Fewer answers than this say too little about a category's precision. */
    public static final int MIN_ANSWERS = 10;
    /** The precision at which the rules' answer decides; chosen on one seed, confirmed on eleven more runs. */
    public static final double MIN_PRECISION = 0.85;

    /** How many times the rules answered a category, and how many of those answers were the label. */
    public record Tally(int answers, int correct) {
        public double precision() {
            return answers == 0 ? 0 : (double) correct / answers;
        }
    }

    public RulePrecision {
        byCategory = byCategory == null ? Map.of() : ModelMetadata.sorted(byCategory);
    }

    /** Nothing decides: the model alone answers, as models trained before rule precision was counted do. */
    public static RulePrecision none() {
        return new RulePrecision(Map.of());
    }

    /** Counts the rules' answers against the labels, entry by entry; answers of {@code unknown} are not counted. */
    public static RulePrecision count(List<Category> rulesAnswers, List<Category> labels) {
        if (rulesAnswers.size() != labels.size()) {
            throw new IllegalArgumentException("one rules' answer per label");
        }
        Map<Category, int[]> counts = new EnumMap<>(Category.class);
        for (int i = 0; i < labels.size(); i++) {
            Category answer = rulesAnswers.get(i);
            if (answer != Category.UNKNOWN) {
                int[] tally = counts.computeIfAbsent(answer, c -> new int[2]);
                tally[0]++;
                tally[1] += answer == labels.get(i) ? 1 : 0;
            }
        }
        Map<String, Tally> tallies = new TreeMap<>();
        counts.forEach((category, tally) -> tallies.put(category.wireName(), new Tally(tally[0], tally[1])));
        return new RulePrecision(tallies);
    }

    /** Whether the rules' answer of {@code category} decides over the model's. */
    public boolean decides(Category category) {
        Tally tally = byCategory.get(category.wireName());
        return category != Category.UNKNOWN && tally != null && tally.answers() >= MIN_ANSWERS
                && tally.precision() >= MIN_PRECISION;
    }

    /**
     * The model's answer, unless the rules answered a category that {@link #decides}. Then that category gets the
     * rules' precision as its probability (or the model's, if higher), and the other categories share the rest in
     * the model's proportions: the scores still sum to 1 and the confidence is still the top one.
     */
    public Classification combine(Classification model, Category rulesAnswer, double unknownThreshold) {
        if (!decides(rulesAnswer) || model.category() == rulesAnswer) {
            return model;
        }
        double modelP = model.scores().get(rulesAnswer);
        double decided = Math.max(modelP, byCategory.get(rulesAnswer.wireName()).precision());
        double scale = modelP >= 1 ? 0 : (1 - decided) / (1 - modelP);
        double[] probabilities = new double[Category.values().length];
        for (Category c : Category.values()) {
            probabilities[c.ordinal()] = c == rulesAnswer ? decided : model.scores().get(c) * scale;
        }
        return Classification.fromProbabilities(probabilities, unknownThreshold);
    }
}
