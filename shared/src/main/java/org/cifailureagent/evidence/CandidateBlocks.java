package org.cifailureagent.evidence;

import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.rules.Rule;

/**
 * The candidates grouped into blocks: runs of candidates at most one non-candidate line apart. A failure's message,
 * its details and its stack frames mostly form one block, so a block's strongest evidence and its order among the
 * strong blocks say more about a line than the line alone (a warning block before the failure, a summary after it).
 */
final class CandidateBlocks {
    /** Candidates this many lines apart or closer share a block (one non-candidate line may stand between). */
    static final int MAX_GAP = 2;

    /**
     * One block, by indexes into the candidates in log order.
     *
     * @param strongOrder how many blocks with a strong line come before this one, or -1 when it has none
     * @param strongAfter how many blocks with a strong line come after this one
     */
    record Block(int first, int last, double maxBaseScore, int maxRuleWeight, int strongOrder, int strongAfter) {
        int size() {
            return last - first + 1;
        }
    }

    private final Block[] blockOf;

    private CandidateBlocks(Block[] blockOf) {
        this.blockOf = blockOf;
    }

    /** @param byOrdinal the candidates in log order */
    static CandidateBlocks of(List<Candidate> byOrdinal) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < byOrdinal.size(); i++) {
            if (i == 0 || byOrdinal.get(i).ordinal - byOrdinal.get(i - 1).ordinal > MAX_GAP) {
                spans.add(new int[] {i, i});
            } else {
                spans.get(spans.size() - 1)[1] = i;
            }
        }
        int strongBlocks = 0;
        for (int[] span : spans) {
            if (maxBaseScore(byOrdinal, span) >= RankingFeatures.STRONG_SCORE) {
                strongBlocks++;
            }
        }
        Block[] blockOf = new Block[byOrdinal.size()];
        int strongSeen = 0;
        for (int[] span : spans) {
            double maxBase = maxBaseScore(byOrdinal, span);
            boolean strong = maxBase >= RankingFeatures.STRONG_SCORE;
            Block block = new Block(span[0], span[1], maxBase, maxRuleWeight(byOrdinal, span),
                    strong ? strongSeen : -1, strongBlocks - strongSeen - (strong ? 1 : 0));
            if (strong) {
                strongSeen++;
            }
            for (int i = span[0]; i <= span[1]; i++) {
                blockOf[i] = block;
            }
        }
        return new CandidateBlocks(blockOf);
    }

    /** The block of the candidate at this index of the log-ordered list. */
    Block of(int index) {
        return blockOf[index];
    }

    private static double maxBaseScore(List<Candidate> byOrdinal, int[] span) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = span[0]; i <= span[1]; i++) {
            max = Math.max(max, byOrdinal.get(i).baseScore);
        }
        return max;
    }

    private static int maxRuleWeight(List<Candidate> byOrdinal, int[] span) {
        int max = 0;
        for (int i = span[0]; i <= span[1]; i++) {
            for (Rule rule : byOrdinal.get(i).rules) {
                max = Math.max(max, rule.weight());
            }
        }
        return max;
    }
}
