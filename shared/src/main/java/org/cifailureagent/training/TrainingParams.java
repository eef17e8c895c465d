package org.cifailureagent.training;

import java.util.Map;
import java.util.TreeMap;
import org.cifailureagent.taxonomy.Category;

/**
 * The xgboost settings of a training run. Single-threaded with a fixed seed, so the same data give a byte-identical
 * model. Small trees and few rounds keep the model file (it ships in the jar) and its load time small.
 *
 * @param minProjects the words and bigrams of the hashed text are kept only if the training logs of at least this many
 *     projects print them ({@link ProjectSupport}); 1 keeps all
 */
public record TrainingParams(int rounds, int maxDepth, double eta, double subsample, double colsample, int seed,
                             int minProjects) {
    public static final TrainingParams DEFAULT = new TrainingParams(100, 5, 0.2, 0.8, 0.5, 7, 2);
    private static final String MIN_PROJECTS = "min_project_support";

    /** The same settings with another seed, to tell a recipe's effect from the seed's. */
    public TrainingParams withSeed(int otherSeed) {
        return new TrainingParams(rounds, maxDepth, eta, subsample, colsample, otherSeed, minProjects);
    }

    public Map<String, Object> xgboost() {
        Map<String, Object> p = new TreeMap<>();
        p.put("objective", "multi:softprob");
        p.put("num_class", Category.values().length);
        p.put("tree_method", "hist");
        p.put("max_depth", maxDepth);
        p.put("eta", eta);
        p.put("subsample", subsample);
        p.put("colsample_bytree", colsample);
        p.put("min_child_weight", 1);
        p.put("seed", seed);
        p.put("nthread", 1);
        p.put("verbosity", 0);
        return p;
    }

    /** The settings a model's metadata describes; what it does not say keeps the default. */
    public static TrainingParams fromDescription(Map<String, String> described) {
        TrainingParams d = DEFAULT;
        try {
            return new TrainingParams(
                    Integer.parseInt(described.getOrDefault("rounds", String.valueOf(d.rounds()))),
                    Integer.parseInt(described.getOrDefault("max_depth", String.valueOf(d.maxDepth()))),
                    Double.parseDouble(described.getOrDefault("eta", String.valueOf(d.eta()))),
                    Double.parseDouble(described.getOrDefault("subsample", String.valueOf(d.subsample()))),
                    Double.parseDouble(described.getOrDefault("colsample_bytree", String.valueOf(d.colsample()))),
                    Integer.parseInt(described.getOrDefault("seed", String.valueOf(d.seed()))),
                    // Models trained before project-support pruning say nothing of it: they kept every word.
                    Integer.parseInt(described.getOrDefault(MIN_PROJECTS, "1")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model metadata holds an unreadable training parameter: "
                    + e.getMessage());
        }
    }

    /** The settings as text, for the model's metadata. */
    public Map<String, String> describe() {
        Map<String, String> out = new TreeMap<>();
        xgboost().forEach((k, v) -> out.put(k, String.valueOf(v)));
        out.put("rounds", String.valueOf(rounds));
        out.put(MIN_PROJECTS, String.valueOf(minProjects));
        return out;
    }
}
