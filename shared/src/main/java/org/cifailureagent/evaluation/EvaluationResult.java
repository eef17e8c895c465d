package org.cifailureagent.evaluation;

import java.util.List;

/** The figures of one evaluation run, and the entries that went wrong (for reading, not for tuning on). */
public record EvaluationResult(ConfusionMatrix confusion, RootCauseHits rootCause, List<Outcome> outcomes) {
    public EvaluationResult {
        outcomes = List.copyOf(outcomes);
    }

    /** What happened to one entry. {@code top1Hit} is null when the entry has no labeled lines. */
    public record Outcome(String id, String group, String labeled, String predicted, double confidence,
                          Boolean top1Hit, long top1Line) {
    }
}
