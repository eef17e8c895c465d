package org.cifailureagent.explain;

import java.util.List;
import org.cifailureagent.evidence.RuleMatch;

/**
 * What the report tells a developer in words: one summary sentence, and every rule that matched in the order their
 * hints should be read (see {@link Explainer}).
 */
public record Explanation(String summary, List<RuleMatch> rules) {
    public Explanation {
        rules = List.copyOf(rules);
    }
}
