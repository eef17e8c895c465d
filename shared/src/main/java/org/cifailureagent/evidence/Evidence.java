package org.cifailureagent.evidence;

import java.util.List;

/**
 * What the scan found: the ranked lines (best first), the lines around the best of them, the blocks that tool
 * parsers read, every rule that matched, and how many lines the log had.
 */
public record Evidence(List<RankedLine> ranked, List<EvidenceLine> context, List<LogBlock> blocks,
                       List<RuleMatch> ruleMatches, long totalLines) {
    public Evidence {
        ranked = List.copyOf(ranked);
        context = List.copyOf(context);
        blocks = List.copyOf(blocks);
        ruleMatches = List.copyOf(ruleMatches);
    }
}
