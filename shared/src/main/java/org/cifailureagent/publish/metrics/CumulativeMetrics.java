package org.cifailureagent.publish.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.cifailureagent.taxonomy.Category;

/**
 * Real counters and histograms for a long-lived process (the Jenkins controller), which keeps them for its whole
 * life and pushes them whole to its own grouping key. Thread-safe: builds finish on many executors at once.
 * Names differ from {@link RunMetrics}' gauges, because the Pushgateway rejects a push whose type for a name
 * disagrees with another group's.
 */
public final class CumulativeMetrics {
    static final String ANALYSES = "ci_failure_analyses_total";
    static final String PIPELINE_ANALYSES = "ci_failure_pipeline_analyses_total";
    static final String FAILED_BUILDS = "ci_failure_failed_builds_total";
    static final String ERRORS = "ci_failure_analysis_errors_total";
    static final String WARNINGS = "ci_failure_analysis_warnings_total";
    static final String CONFIDENCE = "ci_failure_analysis_confidence_ratio";
    static final String DURATION = "ci_failure_analysis_duration_seconds";

    /** Fine steps around the low-confidence threshold (0.5) so its share can be read from the buckets. */
    private static final double[] CONFIDENCE_BUCKETS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    /** Around the latency targets (p50 1 s, p95 5 s, docs/metrics.md). */
    private static final double[] DURATION_BUCKETS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120};

    private final MetricsSource source;
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter analyses;
    private final Counter pipelineAnalyses;
    private final Counter failedBuilds;
    private final Counter errors;
    private final Counter warnings;
    private final Histogram confidence;
    private final Histogram duration;
    private final CommonMetrics common;

    public CumulativeMetrics(MetricsSource source) {
        this.source = source;
        analyses = Counter.builder().name(ANALYSES)
                .help("Analyzed failed builds, by category.")
                .labelNames(MetricLabels.SOURCE, MetricLabels.CATEGORY)
                .register(registry);
        pipelineAnalyses = Counter.builder().name(PIPELINE_ANALYSES)
                .help("Analyzed failed builds, by pipeline (left out when pipeline labels are switched off).")
                .labelNames(MetricLabels.SOURCE, MetricLabels.PIPELINE)
                .register(registry);
        failedBuilds = Counter.builder().name(FAILED_BUILDS)
                .help("Failed builds seen, analyzed or not: the denominator of the analyzed share.")
                .labelNames(MetricLabels.SOURCE)
                .register(registry);
        errors = Counter.builder().name(ERRORS)
                .help("Analyses that failed with an error of the analyzer itself and produced no report.")
                .labelNames(MetricLabels.SOURCE)
                .register(registry);
        warnings = Counter.builder().name(WARNINGS)
                .help("Problems the analyzer met and worked around (the report's warnings).")
                .labelNames(MetricLabels.SOURCE)
                .register(registry);
        confidence = Histogram.builder().name(CONFIDENCE)
                .help("Confidence (0..1) of the analyses.")
                .labelNames(MetricLabels.SOURCE)
                .classicOnly().classicUpperBounds(CONFIDENCE_BUCKETS)
                .register(registry);
        duration = Histogram.builder().name(DURATION)
                .help("How long analyses took.")
                .labelNames(MetricLabels.SOURCE)
                .classicOnly().classicUpperBounds(DURATION_BUCKETS)
                .register(registry);
        common = new CommonMetrics(registry);
        // Zero series from the start, so increase() sees the first analysis of each category: a series that
        // appears at 1 is not counted. Pipelines are not known in advance; docs/metrics.md says what that misses.
        for (Category category : Category.values()) {
            analyses.initLabelValues(source.wireName(), category.wireName());
        }
        errors.initLabelValues(source.wireName());
        warnings.initLabelValues(source.wireName());
        failedBuilds.initLabelValues(source.wireName());
    }

    public void recordAnalysis(AnalysisMetrics analysis) {
        String s = source.wireName();
        analyses.labelValues(s, analysis.category().wireName()).inc();
        if (analysis.pipeline() != null) {
            pipelineAnalyses.labelValues(s, analysis.pipeline()).inc();
        }
        confidence.labelValues(s).observe(analysis.confidence());
        duration.labelValues(s).observe(analysis.durationSeconds());
        if (analysis.warnings() > 0) {
            warnings.labelValues(s).inc(analysis.warnings());
        }
        common.versions(source, analysis.modelVersion(), analysis.rulesVersion());
    }

    /** A failed build the controller saw; call it for every failed build, analyzed or not. */
    public void recordFailedBuild() {
        failedBuilds.labelValues(source.wireName()).inc();
    }

    /** An analysis that threw instead of producing a report. */
    public void recordError() {
        errors.labelValues(source.wireName()).inc();
    }

    /** The latest drift figures; null leaves the previous ones. */
    public void updateDrift(ModelDrift drift) {
        common.drift(source, drift);
    }

    /** The registry to push whole, after each change or periodically. */
    public PrometheusRegistry registry() {
        return registry;
    }
}
