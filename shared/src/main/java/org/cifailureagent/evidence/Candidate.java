package org.cifailureagent.evidence;

import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.rules.Rule;

/** A line that may explain the failure, kept with its neighbours while the log streams by. */
final class Candidate {
    final NormalizedLine line;
    final long ordinal;
    final double baseScore;
    final List<Rule> rules;
    final String step;
    final List<NormalizedLine> before;
    final List<NormalizedLine> after = new ArrayList<>(EvidenceCollector.CONTEXT_LINES);
    /** A traceback's header keeps the lines after it down to its exception, not just its context. */
    private final boolean tracebackHeader;
    private boolean tracebackEnded;
    double finalScore;
    boolean alsoInPassingRun;

    Candidate(NormalizedLine line, long ordinal, double baseScore, List<Rule> rules, String step,
              List<NormalizedLine> before) {
        this.line = line;
        this.ordinal = ordinal;
        this.baseScore = baseScore;
        this.rules = rules;
        this.step = step;
        this.before = before;
        this.tracebackHeader = PythonTraceback.isHeader(line.text());
    }

    /** Adds the next line after it; returns whether the lines after it are complete. */
    boolean addAfter(NormalizedLine next) {
        after.add(next);
        tracebackEnded |= tracebackHeader && PythonTraceback.ends(line.text(), next.text());
        return after.size() >= EvidenceCollector.CONTEXT_LINES
                && (!tracebackHeader || tracebackEnded || after.size() >= PythonTraceback.MAX_LINES);
    }

    List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }

    EvidenceLine evidenceLine() {
        return new EvidenceLine(line.source(), line.number(), line.text());
    }
}
