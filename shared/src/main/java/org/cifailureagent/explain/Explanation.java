package org.cifailureagent.explain;

import java.util.List;

/** What the report tells a developer in words: one summary sentence and what to do next. */
public record Explanation(String summary, List<Hint> hints) {
    public Explanation {
        hints = List.copyOf(hints);
    }

    /** The advice of a rule that matched. */
    public record Hint(String ruleId, String text) {
    }
}
