package org.cifailureagent.classify.model;

/**
 * Temperature scaling: one parameter T, fitted on out-of-fold probabilities by minimizing their negative
 * log-likelihood; {@code p_k^(1/T)} renormalized. It keeps the ranking of categories and only makes the confidence
 * honest (boosted trees tend to be over-confident on small data).
 */
public final class Calibration {
    private static final double MIN_P = 1e-9;

    private Calibration() {
    }

    public static double[] apply(double[] probabilities, double temperature) {
        double[] out = new double[probabilities.length];
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(Math.log(Math.max(MIN_P, probabilities[i])) / temperature);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** The temperature in [0.25, 5] (steps of 0.05) with the least negative log-likelihood of the labels. */
    public static double fit(double[][] probabilities, int[] labels) {
        double best = 1;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int step = 5; step <= 100; step++) {
            double t = step * 0.05;
            double loss = 0;
            for (int i = 0; i < labels.length; i++) {
                loss -= Math.log(Math.max(MIN_P, apply(probabilities[i], t)[labels[i]]));
            }
            if (loss < bestLoss - 1e-12) {
                bestLoss = loss;
                best = t;
            }
        }
        return Math.round(best * 100) / 100.0;
    }
}
