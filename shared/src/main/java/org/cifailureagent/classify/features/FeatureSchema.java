package org.cifailureagent.classify.features;

import org.cifailureagent.taxonomy.Category;

/**
 * The layout of the feature vector the model reads. A model records the {@link #VERSION} it was trained for and
 * refuses to run under another: change any offset, width, hashing or token normalization and bump the version.
 *
 * <p>Groups, in order: rule votes per category, whole-log rule match counts per category, the best line's rule
 * category, exit status, counts, ecosystems, hashed rule ids, hashed tool names, hashed failing-step tokens, and
 * hashed unigrams and bigrams of the top-ranked lines (weighted by rank), and the same, present or not, over the
 * blocks around the best hundred candidate lines (a wider view of the failure than the top lines).
 */
public final class FeatureSchema {
    public static final int VERSION = 1;

    static final int CATEGORIES = Category.values().length;
    static final int RULE_VOTES = 0;
    static final int RULE_COUNTS = RULE_VOTES + CATEGORIES;
    static final int TOP_LINE_RULE = RULE_COUNTS + CATEGORIES;
    static final int EXIT = TOP_LINE_RULE + CATEGORIES;
    static final int EXIT_WIDTH = 10;
    static final int COUNTS = EXIT + EXIT_WIDTH;
    static final int COUNTS_WIDTH = 10;
    static final int ECOSYSTEMS = COUNTS + COUNTS_WIDTH;
    static final int ECOSYSTEMS_WIDTH = 40;
    static final int RULE_IDS = ECOSYSTEMS + ECOSYSTEMS_WIDTH;
    static final int RULE_IDS_WIDTH = 256;
    static final int TOOLS = RULE_IDS + RULE_IDS_WIDTH;
    static final int TOOLS_WIDTH = 64;
    static final int STEP_TOKENS = TOOLS + TOOLS_WIDTH;
    static final int STEP_TOKENS_WIDTH = 256;
    static final int LINE_TOKENS = STEP_TOKENS + STEP_TOKENS_WIDTH;
    static final int LINE_TOKENS_WIDTH = 4096;
    static final int BLOCK_TOKENS = LINE_TOKENS + LINE_TOKENS_WIDTH;
    static final int BLOCK_TOKENS_WIDTH = 4096;
    public static final int WIDTH = BLOCK_TOKENS + BLOCK_TOKENS_WIDTH;

    /**
     * Whether a feature is a hashed bucket of free text (the failing step's words, the top lines' and the blocks'
     * words and bigrams), as opposed to tool knowledge (rules, tools, ecosystems) and counts.
     */
    static boolean isHashedText(int index) {
        return index >= STEP_TOKENS && index < WIDTH; // the three text groups close the vector
    }

    /** How many ranked lines the token features read. */
    static final int TOP_LINES = 10;

    private FeatureSchema() {
    }
}
