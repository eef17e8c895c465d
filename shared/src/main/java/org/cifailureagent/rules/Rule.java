package org.cifailureagent.rules;

import java.util.List;
import org.cifailureagent.taxonomy.Category;

/**
 * One entry of the knowledge base: lines that match any of {@code patterns} (anywhere in the line), or a
 * {@code sequence} of patterns on successive lines, are evidence of {@code category}.
 *
 * @param weight how strongly a hit speaks for the category (1 weak … 10 conclusive)
 */
public record Rule(String id, Category category, List<RulePattern> patterns, List<Sequence> sequences, String hint,
                   int weight) {

    public Rule {
        patterns = List.copyOf(patterns);
        sequences = List.copyOf(sequences);
    }

    /** Patterns that must match lines in this order, each within {@code within} lines of the previous one. */
    public record Sequence(List<RulePattern> lines, int within) {
        public Sequence {
            lines = List.copyOf(lines);
        }
    }
}
