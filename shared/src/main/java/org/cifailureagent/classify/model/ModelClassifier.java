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
 * Classifies with the xgboost model. Rule votes and rule hits are features of the model, and the model decides,
 * except where the rules alone answer a category in which they were precise on the model's training entries
 * ({@link RulePrecision}): then their answer stands. A calibrated confidence below the model's threshold answers
 * {@code unknown}. Should prediction itself fail, the rules answer instead: an analysis never fails on the model. So
 * do they where the log shows no failure at all ({@link Signals#showNoFailure()}): trained on failed builds only, the
 * model would name the category whose logs such a one most resembles (it said {@code quality} of passing logs).
 */
public final class ModelClassifier implements Classifier {
    private final XgbModel model;
    private final FeatureExtractor extractor;
    private final RulesClassifier rules;
    private final Consumer<DriftSample> samples;

    /** @param samples receives one drift sample per classification (may ignore them) */
    public ModelClassifier(XgbModel model, FeatureExtractor extractor, RulesClassifier rules,
                           Consumer<DriftSample> samples) {
        this.model = model;
        this.extractor = extractor;
        this.rules = rules;
        this.samples = samples;
    }

    @Override
    public Classification classify(Signals signals) {
        if (signals.showNoFailure()) {
            return rules.classify(signals);
        }
        FeatureVector features = extractor.extract(signals);
        Classification classification;
        try {
            double threshold = model.metadata().unknownThreshold();
            classification = model.metadata().rulePrecision().combine(
                    Classification.fromProbabilities(model.probabilities(features), threshold),
                    rules.classify(signals).category(), threshold);
        } catch (RuntimeException e) {
            return rules.classify(signals);
        }
        samples.accept(new DriftSample(classification.category().wireName(), classification.confidence(),
                model.oovRate(features.words())));
        return classification;
    }
}
