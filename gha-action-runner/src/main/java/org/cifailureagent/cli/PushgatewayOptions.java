package org.cifailureagent.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cifailureagent.publish.metrics.AnalysisMetrics;
import org.cifailureagent.publish.metrics.MetricLabels;
import org.cifailureagent.publish.metrics.MetricsSource;
import org.cifailureagent.publish.metrics.PushgatewayConfig;
import org.cifailureagent.publish.metrics.PushgatewayCredentials;
import org.cifailureagent.publish.metrics.PushgatewayPublisher;
import org.cifailureagent.publish.metrics.RunMetrics;
import org.cifailureagent.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that publish each analysis to a Prometheus Pushgateway (docs/metrics.md). A push that fails is a
 * warning on standard error and in the report, never a failed command.
 */
final class PushgatewayOptions {
    @Option(names = "--pushgateway", paramLabel = "URL",
            description = {"Push metrics of each analysis to this Prometheus Pushgateway (http:// or https://). "
                    + "Credentials come from the environment: CI_FAILURE_PUSHGATEWAY_TOKEN, or "
                    + "CI_FAILURE_PUSHGATEWAY_USERNAME and CI_FAILURE_PUSHGATEWAY_PASSWORD."})
    String url;

    @Option(names = "--pushgateway-job", paramLabel = "NAME", defaultValue = PushgatewayConfig.DEFAULT_JOB,
            description = "The job of the grouping key (default: ${DEFAULT-VALUE}).")
    String job;

    @Option(names = "--pipeline", paramLabel = "NAME",
            description = "The pipeline's name in the grouping key (default: <repository>/<workflow> inside GitHub "
                    + "Actions, else 'unknown').")
    String pipeline;

    @Option(names = "--no-pipeline-label",
            description = "Leave the pipeline out of the grouping key: all pipelines then share one group.")
    boolean noPipelineLabel;

    @Option(names = "--label", paramLabel = "KEY=VALUE",
            description = "An extra label of the grouping key, e.g. team=payments; may be repeated.")
    Map<String, String> labels = new LinkedHashMap<>();

    private PushgatewayPublisher publisher;
    private MetricsSource source;
    private String pipelineName;

    /** Checks the options before any analysis, so bad usage exits 2 at once; does nothing without --pushgateway. */
    void prepare(CommandLine commandLine, Map<String, String> environment) {
        if (url == null) {
            return;
        }
        try {
            PushgatewayConfig config = PushgatewayConfig.of(url, job, labels,
                    PushgatewayCredentials.fromEnvironment(environment));
            publisher = new PushgatewayPublisher(config);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
        source = MetricsSource.forCommandLine(environment);
        pipelineName = noPipelineLabel ? null : pipeline != null ? pipeline : pipelineFromGitHub(environment);
    }

    /** Pushes the report's metrics; the report comes back with a warning added when the push failed. */
    Report publish(Report report, PrintWriter err) {
        if (publisher == null) {
            return report;
        }
        AnalysisMetrics metrics = AnalysisMetrics.of(report, source, pipelineName, Instant.now());
        Map<String, String> groupingKey = pipelineName == null ? Map.of()
                : Map.of(MetricLabels.PIPELINE, pipelineName);
        Optional<String> warning = publisher.push(RunMetrics.of(metrics, null), groupingKey);
        if (warning.isEmpty()) {
            return report;
        }
        err.println("warning: " + warning.get());
        err.flush();
        return withWarning(report, warning.get());
    }

    /** The repository without its owner, who may be a person: no user name becomes a label value. */
    private static String pipelineFromGitHub(Map<String, String> environment) {
        String repository = environment.get("GITHUB_REPOSITORY");
        String workflow = environment.get("GITHUB_WORKFLOW");
        if (repository == null || workflow == null) {
            return "unknown";
        }
        return repository.substring(repository.indexOf('/') + 1) + "/" + workflow;
    }

    private static Report withWarning(Report r, String warning) {
        List<String> warnings = new ArrayList<>(r.warnings() == null ? List.of() : r.warnings());
        warnings.add(warning);
        return new Report(r.schemaVersion(), r.input(), r.category(), r.confidence(), r.categoryScores(), r.summary(),
                r.rootCause(), r.totalLines(), r.locations(), r.failingTests(), r.failingStep(), r.exitCode(),
                r.signal(), r.rulesMatched(), r.rules(), r.model(), r.fingerprint(), List.copyOf(warnings),
                r.timingsMillis());
    }
}
