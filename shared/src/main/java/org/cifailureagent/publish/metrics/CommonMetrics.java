package org.cifailureagent.publish.metrics;

import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The metrics both kinds of source publish, with the same name and type everywhere: the versions in use and the
 * model's drift. Gauges both, so a Jenkins group and a GitHub group may carry them side by side.
 */
final class CommonMetrics {
    static final String INFO = "ci_failure_agent_info";
    static final String DRIFT_PSI = "ci_failure_model_drift_psi";
    static final String LOW_CONFIDENCE = "ci_failure_model_low_confidence_ratio";
    static final String OUT_OF_VOCABULARY = "ci_failure_model_out_of_vocabulary_ratio";

    private final Info info;
    private final Gauge driftPsi;
    private final Gauge lowConfidence;
    private final Gauge outOfVocabulary;

    CommonMetrics(PrometheusRegistry registry) {
        info = Info.builder().name(INFO)
                .help("The model and rules versions in use (value always 1).")
                .labelNames(MetricLabels.SOURCE, MetricLabels.MODEL_VERSION, MetricLabels.RULES_VERSION)
                .register(registry);
        driftPsi = Gauge.builder().name(DRIFT_PSI)
                .help("Population stability index of recent analyses against the training data, per dimension "
                        + "(category, confidence); above 0.2 is usually taken as drift.")
                .labelNames(MetricLabels.SOURCE, MetricLabels.DIMENSION)
                .register(registry);
        lowConfidence = Gauge.builder().name(LOW_CONFIDENCE)
                .help("Share of recent analyses below the low-confidence threshold, from the drift check.")
                .labelNames(MetricLabels.SOURCE)
                .register(registry);
        outOfVocabulary = Gauge.builder().name(OUT_OF_VOCABULARY)
                .help("Share of recent log tokens the model never saw in training, from the drift check.")
                .labelNames(MetricLabels.SOURCE)
                .register(registry);
    }

    /** Replaces the versions: a controller that reloads its model reports only the new one. */
    void versions(MetricsSource source, String modelVersion, String rulesVersion) {
        info.setLabelValues(source.wireName(), modelVersion, rulesVersion);
    }

    void drift(MetricsSource source, ModelDrift drift) {
        if (drift == null) {
            return;
        }
        set(driftPsi, drift.categoryPsi(), source.wireName(), "category");
        set(driftPsi, drift.confidencePsi(), source.wireName(), "confidence");
        set(lowConfidence, drift.lowConfidenceShare(), source.wireName());
        set(outOfVocabulary, drift.outOfVocabularyShare(), source.wireName());
    }

    private static void set(Gauge gauge, Double value, String... labelValues) {
        if (value == null || value.isNaN()) {
            gauge.remove(labelValues);
        } else {
            gauge.labelValues(labelValues).set(value);
        }
    }
}
