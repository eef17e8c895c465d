package org.cifailureagent.classify.drift;

import java.util.List;

/**
 * A window of recent analyses compared with the distribution the model showed on out-of-fold training data.
 * PSI is the population stability index (below 0.1 stable, 0.1–0.25 moderate, above 0.25 a shift).
 *
 * @param reasons why the window counts as drifted; empty when it does not
 */
public record DriftFigures(int samples, double categoryPsi, double confidencePsi, double lowConfidenceShare,
                           double referenceLowConfidenceShare, double oovRate, double referenceOovRate,
                           List<String> reasons) {
    public DriftFigures {
        reasons = List.copyOf(reasons);
    }

    public boolean drifted() {
        return !reasons.isEmpty();
    }
}
