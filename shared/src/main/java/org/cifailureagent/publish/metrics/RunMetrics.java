package org.cifailureagent.publish.metrics;

import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The metrics of one short-lived run (one CLI call, one GitHub Action run): gauges describing the last analyzed
 * failure of one pipeline. The Pushgateway keeps the last push per grouping key and never adds pushes up, so a run
 * cannot keep a counter; it publishes when its analysis happened and what it found, and PromQL counts the distinct
 * timestamps (docs/metrics.md). The pipeline is not a label here: it is part of the grouping key.
 */
public final class RunMetrics {
    static final String TIMESTAMP = "ci_failure_last_analysis_timestamp_seconds";
    static final String CONFIDENCE = "ci_failure_last_analysis_confidence_ratio";
    static final String DURATION = "ci_failure_last_analysis_duration_seconds";
    static final String WARNINGS = "ci_failure_last_analysis_warnings";

    private RunMetrics() {
    }

    /** A registry holding exactly this analysis (and the drift figures, when given), ready to push. */
    public static PrometheusRegistry of(AnalysisMetrics analysis, ModelDrift drift) {
        PrometheusRegistry registry = new PrometheusRegistry();
        String source = analysis.source().wireName();
        String category = analysis.category().wireName();
        Gauge.builder().name(TIMESTAMP)
                .help("Unix time of the last analyzed failure of this pipeline, labeled with its category.")
                .labelNames(MetricLabels.SOURCE, MetricLabels.CATEGORY)
                .register(registry)
                .labelValues(source, category).set(analysis.analyzedAt().toEpochMilli() / 1000.0);
        Gauge.builder().name(CONFIDENCE)
                .help("Confidence (0..1) of the last analysis of this pipeline.")
                .labelNames(MetricLabels.SOURCE, MetricLabels.CATEGORY)
                .register(registry)
                .labelValues(source, category).set(analysis.confidence());
        Gauge.builder().name(DURATION)
                .help("How long the last analysis of this pipeline took.")
                .labelNames(MetricLabels.SOURCE)
                .register(registry)
                .labelValues(source).set(analysis.durationSeconds());
        Gauge.builder().name(WARNINGS)
                .help("Problems the analyzer met and worked around in the last analysis of this pipeline.")
                .labelNames(MetricLabels.SOURCE)
                .register(registry)
                .labelValues(source).set(analysis.warnings());
        CommonMetrics common = new CommonMetrics(registry);
        common.versions(analysis.source(), analysis.modelVersion(), analysis.rulesVersion());
        common.drift(analysis.source(), drift);
        return registry;
    }
}
