package org.cifailureagent.evidence.ranker;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.cifailureagent.evidence.LineRanker;
import org.cifailureagent.evidence.RankingFeatures;

/**
 * Ranks candidate lines with a trained XGBoost model ({@link LineRankerTrainer}) over their {@link RankingFeatures} and
 * the {@link WordEvidence} it carries. The model records the feature schema it was trained on; another schema is
 * refused at load time.
 */
public final class ModelLineRanker implements LineRanker {
    /** The ranker shipped in the jar. */
    public static final String DEFAULT_RESOURCE = "/org/cifailureagent/ranker/line-ranker.ubj";
    static final String SCHEMA_ATTRIBUTE = "ranking_feature_schema";
    static final String VERSION_ATTRIBUTE = "ranker_version";
    /**
     * Without a bound, a strong line beside the best one (go test's {@code FAIL package} under {@code signal: killed})
     * went behind a checkout's chatter scored 4 lower; a margin of 2 keeps the spread's gain on LogChunks (grouped CV,
     * seeds 42 / 1 / 2: top-1 unchanged, top-5 0.844 / 0.832 / 0.821 against 0.842 / 0.832 / 0.813; a margin of 1
     * lost 0.005 top-5 at seed 42).
     */
    public static final double SPREAD_MARGIN = 2.0;

    static final String WORD_EVIDENCE_ATTRIBUTE = "word_evidence";

    private final Booster booster;
    private final String version;
    private final WordEvidence words;

    private ModelLineRanker(Booster booster, String version, WordEvidence words) {
        this.booster = booster;
        this.version = version;
        this.words = words;
    }

    /** Loads a ranker; {@code origin} names the file in messages. */
    public static ModelLineRanker load(InputStream in, String origin) throws IOException {
        Booster booster;
        try {
            booster = XGBoost.loadModel(in);
            // A few dozen candidate lines per analysis: one thread, as for the category model (see Matrices).
            booster.setParam("nthread", 1);
        } catch (XGBoostError e) {
            throw new IOException(origin + ": not a readable line-ranking model");
        }
        try {
            String schema = booster.getAttr(SCHEMA_ATTRIBUTE);
            if (!String.valueOf(RankingFeatures.SCHEMA_VERSION).equals(schema)) {
                throw new IOException(origin + ": trained for ranking feature schema " + schema + ", but this version"
                        + " computes schema " + RankingFeatures.SCHEMA_VERSION + "; retrain it");
            }
            String version = booster.getAttr(VERSION_ATTRIBUTE);
            String words = booster.getAttr(WORD_EVIDENCE_ATTRIBUTE);
            if (words == null) {
                throw new IOException(origin + ": the model lacks its word evidence; retrain it");
            }
            return new ModelLineRanker(booster, version == null ? "unversioned" : version, wordEvidence(words, origin));
        } catch (XGBoostError e) {
            throw new IOException(origin + ": model attributes unreadable");
        }
    }

    private static WordEvidence wordEvidence(String text, String origin) throws IOException {
        try {
            return WordEvidence.fromText(text);
        } catch (IOException e) {
            throw new IOException(origin + ": " + e.getMessage() + "; retrain it", e);
        }
    }

    @Override
    public double[] score(float[][] features, List<String> texts) {
        if (features.length == 0) {
            return new double[0];
        }
        int columns = RankingFeatures.COLUMNS + WordEvidence.COLUMNS;
        float[] flat = new float[features.length * columns];
        for (int i = 0; i < features.length; i++) {
            System.arraycopy(words.append(features[i], texts.get(i)), 0, flat, i * columns, columns);
        }
        try {
            DMatrix matrix = new DMatrix(flat, features.length, columns, Float.NaN);
            try {
                float[][] predictions = booster.predict(matrix);
                double[] scores = new double[features.length];
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = predictions[i][0];
                }
                return scores;
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("line ranking failed: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    @Override
    public String name() {
        return "model " + version;
    }

    @Override
    public double spreadMargin() {
        return SPREAD_MARGIN;
    }
}
