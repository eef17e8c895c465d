package org.cifailureagent.classify.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.cifailureagent.classify.features.FeatureSchema;
import org.cifailureagent.classify.features.FeatureVector;
import org.cifailureagent.taxonomy.Category;

/**
 * A trained xgboost booster with the metadata it carries (one UBJSON file). Predictions are xgboost's own; this class
 * only builds the input matrix and applies the calibration. Thread-safe for prediction.
 */
public final class XgbModel {
    static final String METADATA_ATTRIBUTE = "cifa.metadata";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Booster booster;
    private final ModelMetadata metadata;
    private final Set<String> vocabulary;

    private XgbModel(Booster booster, ModelMetadata metadata) {
        this.booster = booster;
        this.metadata = metadata;
        this.vocabulary = new HashSet<>(metadata.vocabulary());
    }

    /** Wraps a freshly trained booster and stores the metadata in it. */
    public static XgbModel of(Booster booster, ModelMetadata metadata) {
        try {
            booster.setAttr(METADATA_ATTRIBUTE, JSON.writeValueAsString(metadata));
        } catch (XGBoostError | JsonProcessingException e) {
            throw new IllegalStateException("cannot store the model metadata: " + e.getMessage(), e);
        }
        return new XgbModel(booster, metadata);
    }

    /**
     * Reads a model file. Anything that is not a model of the current feature schema throws
     * {@link InvalidModelException} naming {@code name}.
     */
    public static XgbModel load(byte[] bytes, String name) {
        Booster booster;
        try {
            booster = XGBoost.loadModel(bytes);
        } catch (XGBoostError | IOException | RuntimeException e) {
            throw new InvalidModelException(name + ": not a readable xgboost model (corrupt or truncated?)");
        }
        String json;
        try {
            json = booster.getAttr(METADATA_ATTRIBUTE);
        } catch (XGBoostError e) {
            json = null;
        }
        if (json == null) {
            booster.dispose();
            throw new InvalidModelException(name + ": an xgboost model without CI Failure Agent metadata "
                    + "(train models with the 'train' command)");
        }
        ModelMetadata metadata;
        try {
            metadata = JSON.readValue(json, ModelMetadata.class);
        } catch (IOException e) {
            booster.dispose();
            throw new InvalidModelException(name + ": its metadata cannot be read (" + e.getMessage() + ")");
        }
        if (metadata.featureSchema() != FeatureSchema.VERSION) {
            booster.dispose();
            throw new InvalidModelException(name + ": trained for feature schema " + metadata.featureSchema()
                    + ", but this version extracts schema " + FeatureSchema.VERSION + "; retrain it with 'train'");
        }
        return new XgbModel(booster, metadata);
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    /** The calibrated probability of each category (by ordinal). */
    public double[] probabilities(FeatureVector features) {
        return Calibration.apply(rawProbabilities(List.of(features))[0], metadata.temperature());
    }

    /** xgboost's own probabilities, before calibration, one row per vector. */
    public double[][] rawProbabilities(List<FeatureVector> rows) {
        DMatrix matrix = Matrices.of(rows);
        try {
            float[][] predicted = booster.predict(matrix);
            double[][] out = new double[predicted.length][Category.values().length];
            for (int r = 0; r < predicted.length; r++) {
                for (int c = 0; c < out[r].length; c++) {
                    out[r][c] = predicted[r][c];
                }
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("xgboost prediction failed: " + e.getMessage(), e);
        } finally {
            matrix.dispose();
        }
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
            return booster.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new IllegalStateException("cannot serialize the model: " + e.getMessage(), e);
        }
    }
}
