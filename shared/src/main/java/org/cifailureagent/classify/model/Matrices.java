package org.cifailureagent.classify.model;

import java.util.List;
import org.cifailureagent.taxonomy.Category;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.cifailureagent.classify.features.FeatureSchema;
import org.cifailureagent.classify.features.FeatureVector;

/** Builds xgboost's sparse (CSR) input from feature vectors; absent features are missing, as in training. */
public final class Matrices {
    private Matrices() {
    }

    /** The caller disposes the matrix. */
    public static DMatrix of(List<FeatureVector> rows) {
        long[] indptr = new long[rows.size() + 1];
        int nonZero = 0;
        for (FeatureVector row : rows) {
            nonZero += row.indices().length;
        }
        int[] indices = new int[nonZero];
        float[] values = new float[nonZero];
        int at = 0;
        for (int r = 0; r < rows.size(); r++) {
            FeatureVector row = rows.get(r);
            System.arraycopy(row.indices(), 0, indices, at, row.indices().length);
            System.arraycopy(row.values(), 0, values, at, row.values().length);
            at += row.indices().length;
            indptr[r + 1] = at;
        }
        try {
            // One thread: a few rows are built in microseconds, and OpenMP's threads would spin on the core the rest of
            // the analysis (or another analysis on a Jenkins controller) needs.
            return new DMatrix(indptr, indices, values, DMatrix.SparseType.CSR, FeatureSchema.WIDTH, Float.NaN, 1);
        } catch (XGBoostError e) {
            throw new IllegalStateException("cannot build the xgboost input: " + e.getMessage(), e);
        }
    }
    /** xgboost's own class probabilities, one row per vector, before any calibration. */
    public static double[][] predict(Booster booster, List<FeatureVector> rows) {
        DMatrix matrix = of(rows);
        try {
            float[][] predicted = booster.predict(matrix);
            double[][] out = new double[predicted.length][Category.values().length];
            for (int r = 0; r < predicted.length; r++) {
                for (int c = 0; c < out[r].length; c++) {
                    out[r][c] = predicted[r][c];
                }
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("xgboost prediction failed: " + e.getMessage(), e);
        } finally {
            matrix.dispose();
        }
    }
}
