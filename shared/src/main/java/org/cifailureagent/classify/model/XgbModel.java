package org.cifailureagent.classify.model;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.cifailureagent.classify.features.FeatureSchema;
import org.cifailureagent.classify.features.FeatureVector;
import org.cifailureagent.classify.features.TextFeatures;

/**
 * A trained xgboost booster with its metadata (one file, see {@link ModelFile}). Predictions are xgboost's own; this class
 * only builds the input matrix and applies the calibration. Thread-safe for prediction.
 */
public final class XgbModel {
    private final Booster booster;
    private final ModelMetadata metadata;
    private final Set<String> vocabulary;
    private final Predicate<String> keeps;

    private XgbModel(Booster booster, ModelMetadata metadata) {
        this.booster = booster;
        this.metadata = metadata;
        this.vocabulary = new HashSet<>(metadata.vocabulary());
        this.keeps = metadata.keptWords() == null ? TextFeatures.KEEP_ALL
                : new HashSet<>(metadata.keptWords())::contains;
    }

    /** Wraps a freshly trained booster with its metadata. */
    public static XgbModel of(Booster booster, ModelMetadata metadata) {
        return new XgbModel(booster, metadata);
    }

    /**
     * Reads a model file ({@link ModelFile}). Anything that is not a complete model of the current feature schema
     * throws {@link InvalidModelException} naming {@code name}; all of that is checked before the native library is
     * needed, which {@link Models.NativeUnavailableException} reports when it is missing.
     */
    public static XgbModel load(byte[] bytes, String name) {
        ModelFile.Parsed parsed = ModelFile.read(bytes, name);
        ModelMetadata metadata = parsed.metadata();
        if (metadata.featureSchema() != FeatureSchema.VERSION) {
            throw new InvalidModelException(name + ": trained for feature schema " + metadata.featureSchema()
                    + ", but this version extracts schema " + FeatureSchema.VERSION + "; retrain it with 'train'");
        }
        Models.requireNative(name);
        try {
            Booster booster = XGBoost.loadModel(parsed.payload());
            // Predictions are one row per analysis: threads would only spin (see Matrices).
            booster.setParam("nthread", 1);
            return new XgbModel(booster, metadata);
        } catch (XGBoostError | IOException | RuntimeException e) {
            throw new InvalidModelException(name + ": xgboost cannot read the model (" + e.getMessage() + ")");
        }
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    /** The calibrated probability of each category (by ordinal). */
    public double[] probabilities(FeatureVector features) {
        return Calibration.apply(rawProbabilities(List.of(features))[0], metadata.temperature());
    }

    /**
     * xgboost's own probabilities, before calibration, one row per vector; the words the model was trained without
     * are dropped from the text features first.
     */
    public double[][] rawProbabilities(List<FeatureVector> rows) {
        if (keeps == TextFeatures.KEEP_ALL) {
            return Matrices.predict(booster, rows);
        }
        return Matrices.predict(booster, rows.stream().map(row -> TextFeatures.keepOnly(row, keeps)).toList());
    }

    /** The share of words that the training data did not hold. */
    public double oovRate(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        long unknown = words.stream().filter(w -> !vocabulary.contains(w)).count();
        return (double) unknown / words.size();
    }

    public byte[] toBytes() {
        try {
            return ModelFile.write(metadata, booster.toByteArray("ubj"));
        } catch (XGBoostError e) {
            throw new IllegalStateException("cannot serialize the model: " + e.getMessage(), e);
        }
    }
}
