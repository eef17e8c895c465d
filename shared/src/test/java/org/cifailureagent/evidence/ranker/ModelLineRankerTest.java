package org.cifailureagent.evidence.ranker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.cifailureagent.evidence.RankingFeatures;
import org.junit.Test;

/** What loading a line-ranking model accepts, and the one-line reasons it refuses the rest. */
public class ModelLineRankerTest {
    @Test
    public void theShippedRankerLoadsWithItsVersion() throws IOException {
        try (InputStream in = ModelLineRanker.class.getResourceAsStream(ModelLineRanker.DEFAULT_RESOURCE)) {
            assertThat(ModelLineRanker.load(in, "shipped").name()).startsWith("model ranker-");
        }
    }

    @Test
    public void bytesThatAreNoModelAreRefused() {
        byte[] text = "not a model\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ModelLineRanker.load(new ByteArrayInputStream(text), "ranker.ubj"))
                .isInstanceOf(IOException.class).hasMessage("ranker.ubj: not a readable line-ranking model");
    }

    @Test
    public void aModelOfAnotherFeatureSchemaIsRefused() throws Exception {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(ModelLineRanker.SCHEMA_ATTRIBUTE, String.valueOf(RankingFeatures.SCHEMA_VERSION - 1));
        attributes.put(ModelLineRanker.WORD_EVIDENCE_ATTRIBUTE, "error\t1.5\n");
        assertThatThrownBy(() -> ModelLineRanker.load(new ByteArrayInputStream(tinyModel(attributes)), "old.ubj"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("old.ubj: trained for ranking feature schema "
                        + (RankingFeatures.SCHEMA_VERSION - 1))
                .hasMessageEndingWith("retrain it");
    }

    @Test
    public void aModelWithoutItsWordEvidenceIsRefused() throws Exception {
        Map<String, String> attributes = Map.of(ModelLineRanker.SCHEMA_ATTRIBUTE,
                String.valueOf(RankingFeatures.SCHEMA_VERSION));
        assertThatThrownBy(() -> ModelLineRanker.load(new ByteArrayInputStream(tinyModel(attributes)), "bare.ubj"))
                .isInstanceOf(IOException.class).hasMessage("bare.ubj: the model lacks its word evidence; retrain it");
    }

    /** A one-round ranking model over the current columns, carrying the given attributes. */
    private static byte[] tinyModel(Map<String, String> attributes) throws Exception {
        int columns = RankingFeatures.COLUMNS + WordEvidence.COLUMNS;
        float[] rows = new float[4 * columns];
        for (int i = 0; i < 4; i++) {
            rows[i * columns] = i;
        }
        DMatrix matrix = new DMatrix(rows, 4, columns, Float.NaN);
        try {
            matrix.setLabel(new float[] {0, 1, 0, 1});
            matrix.setGroup(new int[] {2, 2});
            Map<String, Object> params = new HashMap<>(Map.of("objective", "rank:ndcg", "nthread", 1, "verbosity", 0));
            Booster booster = XGBoost.train(matrix, params, 1, new HashMap<>(), null, null);
            booster.setAttrs(attributes);
            byte[] bytes = booster.toByteArray("ubj");
            booster.dispose();
            return bytes;
        } finally {
            matrix.dispose();
        }
    }
}
