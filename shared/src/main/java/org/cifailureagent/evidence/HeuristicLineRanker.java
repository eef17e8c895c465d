package org.cifailureagent.evidence;

import java.util.List;

/**
 * The ranking without a model: the line's own evidence, plus bonuses that follow the taxonomy's notion of the causal
 * failure (the first line of each kind of evidence, inside the failing step, shortly before the failing command's
 * exit) and a penalty for repeats and for lines after the failure.
 */
public final class HeuristicLineRanker implements LineRanker {
    static final double FAILING_STEP_BONUS = 8;
    static final double FIRST_OF_RULE_BONUS = 6;
    static final double REPEATED_SHAPE_PENALTY = 5;
    static final double NEAR_FAILURE_BONUS = 10;
    static final double NEAR_FAILURE_LINES = 100;
    static final double AFTER_FAILURE_PENALTY = 8;

    @Override
    public double[] score(float[][] features, List<String> texts) {
        double[] scores = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            float[] f = features[i];
            double score = f[0];
            score += f[11] * FAILING_STEP_BONUS;
            score += f[12] * FIRST_OF_RULE_BONUS;
            if (f[13] > 1) {
                score -= REPEATED_SHAPE_PENALTY;
            }
            if (f[7] > 0) {
                score += f[9] > 0 ? -AFTER_FAILURE_PENALTY
                        : NEAR_FAILURE_BONUS * Math.max(0, 1 - f[8] / NEAR_FAILURE_LINES);
            }
            scores[i] = score;
        }
        return scores;
    }

    @Override
    public String name() {
        return "heuristic";
    }

    /** Sums of bonuses and penalties have no scale a margin could be measured in: every near line goes behind. */
    @Override
    public double spreadMargin() {
        return Double.POSITIVE_INFINITY;
    }
}
