package org.cifailureagent.evidence;

import java.util.List;
import org.cifailureagent.normalize.LineKind;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.rules.RuleHit;

/** How strongly one line, on its own, looks like the explanation of a failure. */
final class LineScore {
    private LineScore() {
    }

    /** Framing and echoed commands or scripts describe the build, they never explain its failure. */
    static boolean canExplain(LineKind kind) {
        return kind != LineKind.PIPELINE && kind != LineKind.SECTION_START && kind != LineKind.SECTION_END
                && kind != LineKind.MASK && kind != LineKind.COMMAND && kind != LineKind.STEP_SCRIPT;
    }

    /** @param keywords what {@link ErrorKeywords} say of the line's text */
    static double of(NormalizedLine line, List<RuleHit> hits, ErrorKeywords.Reading keywords) {
        if (!canExplain(line.kind())) {
            return 0;
        }
        LineKind kind = line.kind();
        String text = line.text();
        if (text.isBlank()) {
            return 0;
        }
        int ruleWeight = 0;
        for (RuleHit hit : hits) {
            ruleWeight = Math.max(ruleWeight, hit.rule().weight());
        }
        int keywordWeight = keywords.warning() ? 0 : keywords.weight();
        if (keywords.consequence()) {
            return 1 + ruleWeight;
        }
        double score = ruleWeight * 10 + keywordWeight * 2;
        if (kind == LineKind.CI_WARNING) {
            score *= 0.3;
        }
        return score;
    }
}
