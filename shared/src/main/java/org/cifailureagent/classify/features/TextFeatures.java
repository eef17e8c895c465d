package org.cifailureagent.classify.features;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Hashes the words of {@link TextTokens} into the text groups of {@link FeatureSchema}: the failing step's words, the
 * top-ranked lines' words and bigrams (weighted by rank) and the blocks' (present or not). A word or bigram whose key
 * ({@link TextTokens#keys()}) the filter refuses is left out, as if the log did not hold it.
 */
public final class TextFeatures {
    public static final Predicate<String> KEEP_ALL = key -> true;

    private TextFeatures() {
    }

    /** The vector with its text features hashed again from its tokens, keeping only the keys {@code keeps} accepts. */
    public static FeatureVector keepOnly(FeatureVector vector, Predicate<String> keeps) {
        TreeMap<Integer, Float> features = new TreeMap<>();
        int[] indices = vector.indices();
        for (int i = 0; i < indices.length; i++) {
            if (!FeatureSchema.isHashedText(indices[i])) {
                features.put(indices[i], vector.values()[i]);
            }
        }
        add(features, vector.text(), keeps);
        return toVector(features, vector.words(), vector.text());
    }

    static void add(TreeMap<Integer, Float> features, TextTokens text, Predicate<String> keeps) {
        for (String word : text.step()) {
            if (keeps.test(TextTokens.STEP + word)) {
                features.put(FeatureSchema.STEP_TOKENS + LineTokens.bucket(word, FeatureSchema.STEP_TOKENS_WIDTH), 1f);
            }
        }
        for (int rank = 0; rank < text.lines().size(); rank++) {
            float weight = (float) (1.0 / (1 + rank));
            hash(text.lines().get(rank), TextTokens.LINE, keeps, token -> features.merge(
                    FeatureSchema.LINE_TOKENS + LineTokens.bucket(token, FeatureSchema.LINE_TOKENS_WIDTH), weight,
                    Float::sum));
        }
        for (String token : text.blocks()) {
            if (keeps.test(TextTokens.BLOCK + token)) {
                features.put(FeatureSchema.BLOCK_TOKENS + LineTokens.bucket(token, FeatureSchema.BLOCK_TOKENS_WIDTH),
                        1f);
            }
        }
    }

    private static void hash(List<String> words, String prefix, Predicate<String> keeps,
                             Consumer<String> into) {
        String previous = null;
        for (String word : words) {
            if (keeps.test(prefix + word)) {
                into.accept(word);
            }
            if (previous != null) {
                String bigram = previous + ' ' + word;
                if (keeps.test(prefix + bigram)) {
                    into.accept(bigram);
                }
            }
            previous = word;
        }
    }

    static FeatureVector toVector(TreeMap<Integer, Float> features, List<String> words, TextTokens text) {
        features.values().removeIf(v -> v == 0);
        int[] indices = new int[features.size()];
        float[] values = new float[features.size()];
        int i = 0;
        for (Map.Entry<Integer, Float> e : features.entrySet()) {
            indices[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new FeatureVector(indices, values, words, text);
    }
}
