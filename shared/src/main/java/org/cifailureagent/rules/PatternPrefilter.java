package org.cifailureagent.rules;

import java.util.List;

/**
 * What a line must hold for one pattern to match it ({@link RequiredLiterals}): one literal of each set, and the
 * line start when the pattern is anchored there.
 *
 * @param literalSets case-folded; empty when the pattern has no usable literal
 * @param lineStart null when the pattern is not anchored at the line's start (or its start is unknown)
 */
record PatternPrefilter(List<List<String>> literalSets, RequiredLiterals.LineStart lineStart) {
    PatternPrefilter {
        literalSets = literalSets.stream().map(List::copyOf).toList();
    }

    static PatternPrefilter of(String regex) {
        return new PatternPrefilter(RequiredLiterals.allOf(regex), RequiredLiterals.lineStart(regex));
    }
}
