package org.cifailureagent.evidence;

import java.util.List;

/** An evidence line with the score that ranked it and the ids of the rules it matched. */
public record RankedLine(EvidenceLine line, double score, List<String> ruleIds, String step) {
    public RankedLine {
        ruleIds = List.copyOf(ruleIds);
    }
}
