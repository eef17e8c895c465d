package org.cifailureagent.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.taxonomy.Category;

/** Counts of (labeled, predicted) category pairs, with the usual figures derived from them. */
public final class ConfusionMatrix {
    private final int[][] counts = new int[Category.values().length][Category.values().length];

    public void add(Category labeled, Category predicted) {
        counts[labeled.ordinal()][predicted.ordinal()]++;
    }

    public int count(Category labeled, Category predicted) {
        return counts[labeled.ordinal()][predicted.ordinal()];
    }

    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int n : row) {
                total += n;
            }
        }
        return total;
    }

    public int support(Category labeled) {
        int n = 0;
        for (int c : counts[labeled.ordinal()]) {
            n += c;
        }
        return n;
    }

    public double accuracy() {
        int right = 0;
        for (Category c : Category.values()) {
            right += count(c, c);
        }
        return total() == 0 ? 0 : (double) right / total();
    }

    public CategoryFigures figures(Category category) {
        int tp = count(category, category);
        int predicted = 0;
        for (Category labeled : Category.values()) {
            predicted += count(labeled, category);
        }
        int support = support(category);
        double precision = predicted == 0 ? 0 : (double) tp / predicted;
        double recall = support == 0 ? 0 : (double) tp / support;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new CategoryFigures(category, support, precision, recall, f1);
    }

    /** Per-category figures for the categories with at least {@code minSupport} labeled examples. */
    public Map<Category, CategoryFigures> figures(int minSupport) {
        Map<Category, CategoryFigures> out = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            if (support(c) >= minSupport && support(c) > 0) {
                out.put(c, figures(c));
            }
        }
        return out;
    }

    /** Macro-F1 over the categories with at least {@code minSupport} labeled examples. */
    public double macroF1(int minSupport) {
        List<CategoryFigures> included = new ArrayList<>(figures(minSupport).values());
        return included.stream().mapToDouble(CategoryFigures::f1).average().orElse(0);
    }

    /** Accuracy over the examples of the categories with at least {@code minSupport} labeled examples. */
    public double accuracy(int minSupport) {
        int right = 0;
        int total = 0;
        for (Category c : Category.values()) {
            if (support(c) >= minSupport && support(c) > 0) {
                right += count(c, c);
                total += support(c);
            }
        }
        return total == 0 ? 0 : (double) right / total;
    }

    public record CategoryFigures(Category category, int support, double precision, double recall, double f1) {
    }
}
