package org.cifailureagent.classify.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cifailureagent.classify.model.ModelMetadata;
import org.junit.Test;

public class DriftCheckTest {
    private static final ModelMetadata MODEL = new ModelMetadata("m", 1, 0.4, 1.0, "sha", List.of(), Map.of(),
            Map.of(), new ModelMetadata.Reference(Map.of("test", 0.5, "quality", 0.5),
            List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.5, 0.0), 0.0, 0.1), List.of(), null, null);

    @Test
    public void aWindowLikeTheTrainingDataIsStable() {
        List<DriftSample> recent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            recent.add(new DriftSample(i % 2 == 0 ? "test" : "quality", i % 4 < 2 ? 0.75 : 0.85, 0.1));
        }
        DriftFigures figures = DriftCheck.compare(MODEL, recent);
        assertThat(figures.categoryPsi()).isLessThan(0.01);
        assertThat(figures.confidencePsi()).isLessThan(0.01);
        assertThat(figures.drifted()).isFalse();
    }

    @Test
    public void newCategoriesLowConfidenceAndUnknownWordsAreDrift() {
        List<DriftSample> recent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            recent.add(new DriftSample("infrastructure", 0.3, 0.6));
        }
        DriftFigures figures = DriftCheck.compare(MODEL, recent);
        assertThat(figures.drifted()).isTrue();
        assertThat(figures.reasons()).hasSize(4);
        assertThat(figures.lowConfidenceShare()).isEqualTo(1.0);
        assertThat(figures.oovRate()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    public void tooFewSamplesGiveNoVerdict() {
        DriftFigures figures = DriftCheck.compare(MODEL, List.of(new DriftSample("unknown", 0.1, 0.9)));
        assertThat(figures.categoryPsi()).isGreaterThan(DriftCheck.PSI_LIMIT);
        assertThat(figures.drifted()).isFalse();
    }
}
