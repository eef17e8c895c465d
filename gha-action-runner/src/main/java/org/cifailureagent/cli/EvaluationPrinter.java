package org.cifailureagent.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cifailureagent.evaluation.ConfusionMatrix;
import org.cifailureagent.evaluation.EvaluationResult;
import org.cifailureagent.taxonomy.Category;
import org.cifailureagent.training.Reliability;

/** Prints evaluation figures as text for people, or as a JSON-ready map. */
final class EvaluationPrinter {
    private EvaluationPrinter() {
    }

    static void text(String title, EvaluationResult result, int minSupport, boolean showMisses, PrintWriter out) {
        ConfusionMatrix m = result.confusion();
        out.println("== " + title);
        out.printf(Locale.ROOT, "entries %d, accuracy %.3f, macro-F1 %.3f (categories with >= %d examples); "
                + "all categories: accuracy %.3f, macro-F1 %.3f%n", m.total(), m.accuracy(minSupport),
                m.macroF1(minSupport), minSupport, m.accuracy(), m.macroF1(1));
        out.printf(Locale.ROOT, "root cause: top-1 %.3f, top-5 %.3f over %d labeled logs "
                + "(shipped line ranker, trained on all but the held-out split; train-ranker cross-validates it)%n",
                result.rootCause().top1(), result.rootCause().top5(), result.rootCause().labeled());
        out.printf(Locale.ROOT, "%-15s %7s %9s %7s %6s%n", "category", "support", "precision", "recall", "F1");
        for (Category c : Category.values()) {
            var f = m.figures(c);
            out.printf(Locale.ROOT, "%-15s %7d %9.3f %7.3f %6.3f%s%n", c.wireName(), f.support(), f.precision(),
                    f.recall(), f.f1(), f.support() < minSupport ? "  (below " + minSupport + ", not in macro-F1)" : "");
        }
        out.println("confusion (rows labeled, columns predicted):");
        out.printf("%-15s", "");
        for (Category c : Category.values()) {
            out.printf(" %5.5s", c.wireName());
        }
        out.println();
        for (Category labeled : Category.values()) {
            out.printf("%-15s", labeled.wireName());
            for (Category predicted : Category.values()) {
                out.printf(" %5d", m.count(labeled, predicted));
            }
            out.println();
        }
        if (showMisses) {
            for (EvaluationResult.Outcome o : result.outcomes()) {
                boolean wrongCategory = !o.labeled().equals(o.predicted());
                boolean wrongLine = Boolean.FALSE.equals(o.top1Hit());
                if (wrongCategory || wrongLine) {
                    out.printf(Locale.ROOT, "miss %s [%s] labeled %s predicted %s (%.2f) top-1 line %d%s%n", o.id(),
                            o.group(), o.labeled(), o.predicted(), o.confidence(), o.top1Line(),
                            wrongLine ? " (outside the label)" : "");
                }
            }
        }
        out.flush();
    }

    static void reliabilityText(List<Reliability.Bin> table, double temperature, PrintWriter out) {
        out.printf(Locale.ROOT, "reliability (temperature %.2f, expected calibration error %.3f):%n", temperature,
                Reliability.expectedCalibrationError(table));
        out.printf(Locale.ROOT, "%-11s %6s %15s %9s%n", "confidence", "count", "mean confidence", "accuracy");
        for (Reliability.Bin bin : table) {
            if (bin.count() > 0) {
                out.printf(Locale.ROOT, "%.1f-%.1f    %6d %15.3f %9.3f%n", bin.low(), bin.high(), bin.count(),
                        bin.meanConfidence(), bin.accuracy());
            }
        }
        out.flush();
    }

    static Map<String, Object> json(EvaluationResult result, int minSupport) {
        ConfusionMatrix m = result.confusion();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entries", m.total());
        out.put("minSupport", minSupport);
        out.put("accuracy", m.accuracy(minSupport));
        out.put("macroF1", m.macroF1(minSupport));
        out.put("accuracyAllCategories", m.accuracy());
        out.put("macroF1AllCategories", m.macroF1(1));
        out.put("rootCause", Map.of("labeled", result.rootCause().labeled(), "top1", result.rootCause().top1(),
                "top5", result.rootCause().top5()));
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Category c : Category.values()) {
            var f = m.figures(c);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("category", c.wireName());
            row.put("support", f.support());
            row.put("precision", f.precision());
            row.put("recall", f.recall());
            row.put("f1", f.f1());
            row.put("inMacroF1", f.support() >= minSupport && f.support() > 0);
            categories.add(row);
        }
        out.put("categories", categories);
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        for (Category labeled : Category.values()) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (Category predicted : Category.values()) {
                row.put(predicted.wireName(), m.count(labeled, predicted));
            }
            confusion.put(labeled.wireName(), row);
        }
        out.put("confusion", confusion);
        return out;
    }
}
