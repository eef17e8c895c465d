package org.cifailureagent.publish.metrics;

/**
 * The drift figures of the model (issue 3's {@code drift} command) over a window of recent analyses, compared
 * with the training data. Every figure is optional: null means not measured, and its gauge is left out.
 *
 * @param categoryPsi population stability index of the predicted categories
 * @param confidencePsi population stability index of the confidence distribution
 * @param lowConfidenceShare share (0..1) of answers below the low-confidence threshold
 * @param outOfVocabularyShare share (0..1) of tokens the model never saw in training
 */
public record ModelDrift(Double categoryPsi, Double confidencePsi, Double lowConfidenceShare,
                         Double outOfVocabularyShare) {
}
