package org.cifailureagent.classify.model;

import java.util.function.Consumer;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.classify.Classifier;
import org.cifailureagent.classify.RulesClassifier;
import org.cifailureagent.classify.Signals;
import org.cifailureagent.classify.drift.DriftSample;
import org.cifailureagent.classify.features.FeatureExtractor;
import org.cifailureagent.classify.features.FeatureVector;

/**
 * Classifies with the xgboost model. Rules and model combine in one way only: rule votes and rule hits are features
 * of the model, and the model decides. Its calibrated confidence below the model's threshold answers
 * {@code unknown}. Should prediction itself fail, the rules answer instead: an analysis never fails on the model.
 */
public final class ModelClassifier implements Classifier {
    private final XgbModel model;
    private final FeatureExtractor extractor;
    private final RulesClassifier fallback;
    private final Consumer<DriftSample> samples;

    /** @param samples receives one drift sample per classification (may ignore them) */
    public ModelClassifier(XgbModel model, FeatureExtractor extractor, RulesClassifier fallback,
                           Consumer<DriftSample> samples) {
        this.model = model;
        this.extractor = extractor;
        this.fallback = fallback;
        this.samples = samples;
    }

    @Override
    public Classification classify(Signals signals) {
        FeatureVector features = extractor.extract(signals);
        Classification classification;
        try {
            classification = Classification.fromProbabilities(model.probabilities(features),
                    model.metadata().unknownThreshold());
        } catch (RuntimeException e) {
            return fallback.classify(signals);
        }
        samples.accept(new DriftSample(classification.category().wireName(), classification.confidence(),
                model.oovRate(features.words())));
        return classification;
    }
}
