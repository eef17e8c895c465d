package org.cifailureagent.publish.metrics;

import java.time.Instant;
import org.cifailureagent.report.Report;
import org.cifailureagent.taxonomy.Category;

/**
 * What the metrics take from one analysis: only fixed-set values, numbers and sanitized names, never report text.
 *
 * @param pipeline sanitized pipeline (or Jenkins job) name; null when pipeline labels are switched off
 * @param analyzedAt when the analysis finished; the short-lived sources publish it so PromQL can count analyses
 */
public record AnalysisMetrics(MetricsSource source, String pipeline, Category category, double confidence,
                              double durationSeconds, int warnings, String modelVersion, String rulesVersion,
                              Instant analyzedAt) {

    public static AnalysisMetrics of(Report report, MetricsSource source, String pipeline, Instant analyzedAt) {
        Long totalMillis = report.timingsMillis() == null ? null : report.timingsMillis().get("total");
        return new AnalysisMetrics(source,
                pipeline == null ? null : LabelValues.sanitize(pipeline),
                categoryOf(report.category()),
                report.confidence(),
                totalMillis == null ? 0 : totalMillis / 1000.0,
                report.warnings() == null ? 0 : report.warnings().size(),
                LabelValues.sanitize(report.model() == null ? null : report.model().version()),
                LabelValues.sanitize(report.rules() == null ? null : report.rules().version()),
                analyzedAt);
    }

    private static Category categoryOf(String wireName) {
        try {
            return Category.fromWireName(wireName);
        } catch (IllegalArgumentException e) {
            return Category.UNKNOWN;
        }
    }
}
