package org.cifailureagent.training;

import java.util.HashMap;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.cifailureagent.classify.model.Matrices;
import org.cifailureagent.taxonomy.Category;

/**
 * Trains one booster. Each example is weighted by the inverse of its category's frequency ("balanced"), so the
 * rare categories (which macro-F1 counts as much as the common ones) are not drowned by test and quality logs.
 */
final class BoosterTrainer {
    private BoosterTrainer() {
    }

    static Booster train(List<LabeledExample> examples, TrainingParams params) {
        DMatrix matrix = Matrices.of(examples.stream().map(LabeledExample::features).toList());
        try {
            float[] labels = new float[examples.size()];
            int[] perCategory = new int[Category.values().length];
            for (LabeledExample example : examples) {
                perCategory[example.label()]++;
            }
            float[] weights = new float[examples.size()];
            double mean = (double) examples.size() / java.util.Arrays.stream(perCategory).filter(n -> n > 0).count();
            for (int i = 0; i < labels.length; i++) {
                labels[i] = examples.get(i).label();
                weights[i] = (float) (mean / perCategory[examples.get(i).label()]);
            }
            matrix.setLabel(labels);
            matrix.setWeight(weights);
            return XGBoost.train(matrix, params.xgboost(), params.rounds(), new HashMap<>(), null, null);
        } catch (XGBoostError e) {
            throw new IllegalStateException("xgboost training failed: " + e.getMessage(), e);
        } finally {
            matrix.dispose();
        }
    }
}
