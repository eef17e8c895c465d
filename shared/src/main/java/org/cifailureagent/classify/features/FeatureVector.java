package org.cifailureagent.classify.features;

import java.util.Arrays;
import java.util.List;

/**
 * The features of one analysis, sparse: {@code indices} ascending, {@code values} beside them. {@code words} are the
 * normalized words of the top-ranked lines, kept for the vocabulary and the out-of-vocabulary rate; {@code text} the
 * words behind the hashed text features, kept so that training can prune them ({@link TextFeatures}).
 */
public record FeatureVector(int[] indices, float[] values, List<String> words, TextTokens text) {
    public FeatureVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
        indices = indices.clone();
        values = values.clone();
        words = List.copyOf(words);
    }

    public float value(int index) {
        int at = Arrays.binarySearch(indices, index);
        return at < 0 ? 0 : values[at];
    }
}
