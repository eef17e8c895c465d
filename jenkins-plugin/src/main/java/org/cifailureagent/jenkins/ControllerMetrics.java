package org.cifailureagent.jenkins;

import hudson.model.Computer;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.JenkinsLocationConfiguration;
import org.cifailureagent.publish.metrics.AnalysisMetrics;
import org.cifailureagent.publish.metrics.CumulativeMetrics;
import org.cifailureagent.publish.metrics.MetricsSource;
import org.cifailureagent.publish.metrics.PushgatewayConfig;
import org.cifailureagent.publish.metrics.PushgatewayPublisher;
import org.cifailureagent.report.Report;

/**
 * The controller's cumulative counters (docs/metrics.md), kept for the controller's life and pushed whole to the
 * configured Pushgateway after each change, off the build's thread: a slow Pushgateway never delays a build.
 */
final class ControllerMetrics {
    private static final Logger LOGGER = Logger.getLogger(ControllerMetrics.class.getName());
    private static final CumulativeMetrics METRICS = new CumulativeMetrics(MetricsSource.JENKINS);

    private ControllerMetrics() {
    }

    static void analyzed(Report report, String jobName) {
        METRICS.recordAnalysis(AnalysisMetrics.of(report, MetricsSource.JENKINS, jobName, Instant.now()));
        pushLater();
    }

    static void failedBuild() {
        METRICS.recordFailedBuild();
        pushLater();
    }

    static void error() {
        METRICS.recordError();
        pushLater();
    }

    /** Pushes now; empty when pushed, else why not. */
    static Optional<String> pushNow(PushgatewayConfig config) {
        return new PushgatewayPublisher(config).push(METRICS.registry(), Map.of("instance", instance()));
    }

    private static void pushLater() {
        PushgatewayConfig config;
        try {
            config = FailureAgentConfiguration.get().pushgateway();
        } catch (IllegalArgumentException e) {
            LOGGER.warning("metrics not pushed: " + e.getMessage());
            return;
        }
        if (config == null) {
            return;
        }
        Computer.threadPoolForRemoting.submit(() -> pushNow(config).ifPresent(LOGGER::warning));
    }

    /** The controller's host name from its configured URL, the {@code instance} of its metrics group. */
    private static String instance() {
        String url = JenkinsLocationConfiguration.get().getUrl();
        try {
            String host = url == null ? null : URI.create(url).getHost();
            return host == null ? "jenkins" : host;
        } catch (IllegalArgumentException e) {
            LOGGER.log(Level.FINE, "unusable Jenkins URL", e);
            return "jenkins";
        }
    }
}
