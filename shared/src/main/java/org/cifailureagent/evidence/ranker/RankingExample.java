package org.cifailureagent.evidence.ranker;

import java.util.List;
import org.cifailureagent.evidence.EvidenceCollector.CandidateRow;

/**
 * The candidates of one labeled log, each marked whether it lies in the labeled root cause ({@code relevant}, what
 * the figures count) and with its training gain ({@link LineRankerTrainer#gain}).
 */
public record RankingExample(String id, String group, List<CandidateRow> rows, boolean[] relevant, float[] gain) {
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
