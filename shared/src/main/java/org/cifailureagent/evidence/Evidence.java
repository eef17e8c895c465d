package org.cifailureagent.evidence;

import java.util.List;

/**
 * What the scan found: the ranked lines (best first), the lines around the best of them, the blocks that tool
 * parsers read, every rule that matched, and how many lines the log had. {@code ruleRanked} orders the same
 * candidates by the heuristic ranking alone (rule weights and positions, no model), so that classifying "from rules
 * and evidence alone" stays independent of the line-ranking model.
 */
public record Evidence(List<RankedLine> ranked, List<RankedLine> ruleRanked, List<EvidenceLine> context,
                       List<LogBlock> blocks, List<RuleMatch> ruleMatches, long totalLines) {
    public Evidence {
        ranked = List.copyOf(ranked);
        ruleRanked = List.copyOf(ruleRanked);
        context = List.copyOf(context);
        blocks = List.copyOf(blocks);
        ruleMatches = List.copyOf(ruleMatches);
    }

    /** The same evidence with its ranked lines in another order. */
    public Evidence withRanked(List<RankedLine> reordered) {
        return new Evidence(reordered, ruleRanked, context, blocks, ruleMatches, totalLines);
    }
}
