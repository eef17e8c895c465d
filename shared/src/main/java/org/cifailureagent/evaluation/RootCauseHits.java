package org.cifailureagent.evaluation;

import java.util.List;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.evidence.EvidenceLine;

/** Whether the ranked lines of a report fall inside an entry's labeled root-cause ranges. */
public final class RootCauseHits {
    private int labeled;
    private int top1;
    private int top5;

    /** Counts one entry; entries without labeled lines are not counted. */
    public void add(CorpusEntry entry, List<EvidenceLine> ranked) {
        if (entry.rootCauseLines().isEmpty()) {
            return;
        }
        labeled++;
        for (int i = 0; i < Math.min(5, ranked.size()); i++) {
            if (entry.isRootCauseLine(ranked.get(i).number())) {
                if (i == 0) {
                    top1++;
                }
                top5++;
                return;
            }
        }
    }

    public int labeled() {
        return labeled;
    }

    public double top1() {
        return labeled == 0 ? 0 : (double) top1 / labeled;
    }

    public double top5() {
        return labeled == 0 ? 0 : (double) top5 / labeled;
    }
}
