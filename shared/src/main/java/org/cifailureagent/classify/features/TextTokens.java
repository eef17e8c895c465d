package org.cifailureagent.classify.features;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words behind the hashed text features of one analysis, kept so that training can drop the words too few
 * projects print and hash the rest again ({@link TextFeatures}).
 *
 * @param step the failing step's words
 * @param lines the words of each top-ranked line, best first
 * @param blocks the distinct words and bigrams of the blocks around the best candidate lines (those features say
 *     only whether a token is there)
 */
public record TextTokens(List<String> step, List<List<String>> lines, List<String> blocks) {
    public static final TextTokens NONE = new TextTokens(List.of(), List.of(), List.of());

    static final String STEP = "step:";
    static final String LINE = "line:";
    static final String BLOCK = "block:";

    public TextTokens {
        step = List.copyOf(step);
        lines = lines.stream().map(List::copyOf).toList();
        blocks = List.copyOf(blocks);
    }

    /**
     * The distinct keys of this analysis's text features: each word and bigram, prefixed by its group
     * ({@code step:}, {@code line:}, {@code block:}), the unit that pruning counts and keeps.
     */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        step.forEach(word -> keys.add(STEP + word));
        for (List<String> line : lines) {
            keys.addAll(withBigrams(LINE, line));
        }
        blocks.forEach(token -> keys.add(BLOCK + token));
        return keys;
    }

    private static List<String> withBigrams(String prefix, List<String> words) {
        List<String> keys = new ArrayList<>();
        String previous = null;
        for (String word : words) {
            keys.add(prefix + word);
            if (previous != null) {
                keys.add(prefix + previous + ' ' + word);
            }
            previous = word;
        }
        return keys;
    }
}
