package org.cifailureagent.evidence.ranker;

import java.util.List;
import org.cifailureagent.evidence.EvidenceCollector.CandidateRow;

/**
 * The candidates of one labeled log, each marked whether it lies in the labeled root cause. {@code grades} is the
 * training target: 2 for the first line of a labeled range (where a reader should start), 1 for its other lines,
 * 0 elsewhere; so the ranker learns to prefer the start of the causal block, not any line inside it.
 */
public record RankingExample(String id, String group, List<CandidateRow> rows, boolean[] relevant, float[] grades) {
    public RankingExample {
        rows = List.copyOf(rows);
    }

    public boolean hasRelevant() {
        for (boolean r : relevant) {
            if (r) {
                return true;
            }
        }
        return false;
    }
}
