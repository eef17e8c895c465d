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
    /**
     * A literal this short ({@code : 0}, {@code 0, }, {@code  in }, {@code  at }) is in most lines of a log. Four, not
     * three: {@code  in } and {@code  at } were the literals found most often in the benchmark's log, and leaving
     * their sets out let the rules run on 0.17% more lines of our fixtures and LogChunks.
     */
    static final int SHORT = 4;
    /** A set whose literals are all this long ({@code : syntax error: }, {@code .kt: (}) stops most lines by itself. */
    static final int LONG = 6;

    PatternPrefilter {
        literalSets = literalSets.stream().map(List::copyOf).toList();
    }

    static PatternPrefilter of(String regex) {
        return new PatternPrefilter(RequiredLiterals.allOf(regex), RequiredLiterals.lineStart(regex));
    }

    /**
     * The sets worth looking for: beside a set of {@link #LONG} literals, all but the sets of ones no longer than
     * {@link #SHORT}; else every set. Every set is a necessary condition, so any of them keeps the prefilter sound (the
     * regex decides).
     * Beside {@code : syntax error: }, the set {@code : 0} … {@code : 9} lets hardly a line through that it stops, yet
     * the literal pass reports each of its occurrences, several in most lines; beside {@code .py:} alone, the digits
     * are what keeps flake8's pattern off every traceback line.
     */
    List<List<String>> selectiveSets() {
        if (literalSets.stream().noneMatch(set -> shortest(set) >= LONG)) {
            return literalSets;
        }
        return literalSets.stream().filter(set -> longest(set) > SHORT).toList();
    }

    private static int shortest(List<String> set) {
        return set.stream().mapToInt(String::length).min().orElse(0);
    }

    private static int longest(List<String> set) {
        return set.stream().mapToInt(String::length).max().orElse(0);
    }
}
