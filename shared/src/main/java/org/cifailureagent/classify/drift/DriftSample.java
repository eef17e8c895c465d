package org.cifailureagent.classify.drift;

/**
 * The small summary one analysis leaves for drift checks: what it answered, how sure it was, and the share of words
 * in its top-ranked lines that the model's training data did not hold. No log text, so it may be kept anywhere.
 */
public record DriftSample(String category, double confidence, double oovRate) {
}
