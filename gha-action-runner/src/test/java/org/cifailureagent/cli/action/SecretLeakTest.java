package org.cifailureagent.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.publish.metrics.AnalysisMetrics;
import org.cifailureagent.publish.metrics.MetricsSource;
import org.cifailureagent.publish.metrics.ModelDrift;
import org.cifailureagent.publish.metrics.RunMetrics;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.GitHubMarkdown;
import org.cifailureagent.report.Report;
import org.cifailureagent.report.ReportJson;
import org.cifailureagent.report.TextReport;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/**
 * Every case of {@link SecretCorpus} through the analyzer and out of every channel that leaves the machine: the JSON
 * report, Markdown and text output, the job summary and the pull request comment body (both GitHub Markdown), the
 * workflow annotations and the metric labels. No secret may appear in any; the line that held it must (proving it
 * was reported, so that the absence of the secret means redaction and not silence). The Jenkins UI model is not on
 * this branch and is not covered here.
 */
public class SecretLeakTest {
    private static final Analyzer ANALYZER = Analyzer.builder(new RuleLoader().loadDefault()).build();

    @Test
    public void noSecretLeavesThroughAnyChannel() throws IOException {
        long seed = SecretCorpus.freshSeed();
        List<SecretCorpus.Case> cases = new SecretCorpus(seed).cases();
        int checks = 0;
        for (SecretCorpus.Case c : cases) {
            Report report = ANALYZER.analyze(AnalysisRequest.of(BuildLogs.open("-",
                    new ByteArrayInputStream(c.log().getBytes(StandardCharsets.UTF_8)))));
            Map<String, String> channels = channels(report, c.log());
            assertThat(channels.get("json")).as("case %s (seed %d): the line must be reported", c.name(), seed)
                    .contains(c.marker());
            for (Map.Entry<String, String> channel : channels.entrySet()) {
                for (String secret : c.secrets()) {
                    assertThat(channel.getValue()).as("case %s, channel %s (seed %d)", c.name(), channel.getKey(),
                            seed).doesNotContain(secret);
                    checks++;
                }
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
        assertThat(checks).isGreaterThan(cases.size() * channels(emptyReport(), "").size());
    }

    @Test
    public void jenkinsMaskedValuesStayMasked() {
        SecretCorpus.Case jenkins = new SecretCorpus(1).cases().stream()
                .filter(c -> c.name().equals("jenkins-masked")).findFirst().orElseThrow();
        Report report = ANALYZER.analyze(AnalysisRequest.of(BuildLogs.open("-",
                new ByteArrayInputStream(jenkins.log().getBytes(StandardCharsets.UTF_8)))));
        assertThat(ReportJson.compact(report)).contains(jenkins.marker());
        assertThat(GitHubMarkdown.render(report, GitHubMarkdown.Context.none(), GitHubMarkdown.STEP_SUMMARY_BYTES)).doesNotContain("ci-bot:*** ").doesNotContain("ci-bot: ");
    }

    /** What each channel would send, for one report of one log. */
    private static Map<String, String> channels(Report report, String pipelineName) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("json", ReportJson.pretty(report));
        out.put("jsonl", ReportJson.compact(report));
        out.put("markdown", GitHubMarkdown.render(report, GitHubMarkdown.Context.none(), GitHubMarkdown.STEP_SUMMARY_BYTES));
        out.put("text", TextReport.render(report));
        GitHubMarkdown.Context context = new GitHubMarkdown.Context("ci", "build",
                "https://github.com/octo-org/octo-repo/actions/runs/1");
        // The job summary and the pull request comment are this Markdown; the comment adds only its marker.
        out.put("summary-and-comment", GitHubMarkdown.render(report, context, GitHubMarkdown.STEP_SUMMARY_BYTES));
        out.put("annotations", String.join("\n", Annotations.plan(report, Path.of("/home/runner/work/app"),
                "build")));
        // A pipeline name is the only free text that becomes a label: give it a whole log line.
        for (String line : pipelineName.split("\n")) {
            out.merge("metric-labels", exposition(RunMetrics.of(AnalysisMetrics.of(report, MetricsSource.GITHUB,
                    line, Instant.EPOCH), new ModelDrift(0.0, 0.0, 0.0, 0.0))), String::concat);
        }
        out.putIfAbsent("metric-labels", "");
        return out;
    }

    private static String exposition(io.prometheus.metrics.model.registry.PrometheusRegistry registry)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(bytes, registry.scrape(), EscapingScheme.UNDERSCORE_ESCAPING);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Report emptyReport() {
        return ANALYZER.analyze(AnalysisRequest.of(BuildLogs.open("-", new ByteArrayInputStream(new byte[0]))));
    }
}
