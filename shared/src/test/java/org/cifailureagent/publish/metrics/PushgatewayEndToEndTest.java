package org.cifailureagent.publish.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Real analyses of corpus logs, pushed to a real Pushgateway, scraped by a real Prometheus with the documented
 * scrape configuration; the PromQL of docs/metrics.md must count exactly the analyses that were pushed.
 */
public class PushgatewayEndToEndTest {
    private static final Duration SCRAPED_WITHIN = Duration.ofSeconds(20);
    /** One of each labeled category first, so the analyses are likely to differ; their real categories decide. */
    private static final List<String> CATEGORIES = List.of("compilation", "test", "dependency", "infrastructure",
            "configuration", "quality");
    private static final List<String> PIPELINES = List.of("shop/ci", "shop/ci", "shop/ci", "api/nightly",
            "api/nightly", "docs/build");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void documentedPromqlCountsTheFailuresPerCategory() throws Exception {
        List<Path> logs = corpusLogs();
        Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

        try (LocalPrometheus.Service pushgateway = LocalPrometheus.pushgateway(temp.newFolder().toPath());
             LocalPrometheus.Service prometheus = LocalPrometheus.prometheus(temp.newFolder().toPath(),
                     pushgateway.port())) {
            PushgatewayPublisher publisher = new PushgatewayPublisher(PushgatewayConfig.of(
                    "http://127.0.0.1:" + pushgateway.port(), PushgatewayConfig.DEFAULT_JOB, Map.of(),
                    new PushgatewayCredentials.None()));
            Map<String, Integer> expected = new TreeMap<>();
            CumulativeMetrics controller = new CumulativeMetrics(MetricsSource.JENKINS);
            // The controller starts: its zeros are scraped before any analysis, as in a real controller's life.
            assertThat(publisher.push(controller.registry(), Map.of("instance", "controller-1"))).isEmpty();
            assertThat(prometheus.awaitQuery("ci_failure_analyses_total", r -> r.size() == 10, SCRAPED_WITHIN))
                    .hasSize(10);
            for (int i = 0; i < logs.size(); i++) {
                Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open(logs.get(i).toString(), null)));
                AnalysisMetrics analysis = AnalysisMetrics.of(report, MetricsSource.GITHUB, PIPELINES.get(i),
                        Instant.now());
                expected.merge(report.category(), 1, Integer::sum);
                controller.recordAnalysis(AnalysisMetrics.of(report, MetricsSource.JENKINS, PIPELINES.get(i),
                        Instant.now()));

                assertThat(publisher.push(RunMetrics.of(analysis, null), Map.of("pipeline", PIPELINES.get(i))))
                        .as("push of analysis %d", i).isEmpty();
                awaitScraped(prometheus, analysis);
            }
            assertThat(expected.keySet()).as("the analyses must cover several categories to prove anything")
                    .hasSizeGreaterThan(1);
            assertThat(publisher.push(controller.registry(), Map.of("instance", "controller-1")))
                    .as("counters of the controller beside the runs' gauges").isEmpty();

            JsonNode perCategory = prometheus.query(documentedQuery("failures-per-category-per-day-runs"));
            assertThat(byCategory(perCategory)).isEqualTo(expected);

            JsonNode jenkins = prometheus.awaitQuery("sum by (category) (ci_failure_analyses_total) > 0",
                    result -> result.size() == expected.size(), SCRAPED_WITHIN);
            assertThat(byCategory(jenkins)).isEqualTo(expected);
            // increase() extrapolates to the end of the window by up to half a scrape interval (0.5 s of the
            // controller's 10 s or more of scraped life), so a count may come out a few percent high.
            JsonNode increase = prometheus.query(documentedQuery("failures-per-category-per-day-jenkins"));
            Map<String, Integer> rounded = new TreeMap<>();
            for (JsonNode series : increase) {
                double value = series.path("value").get(1).asDouble();
                long count = Math.round(value);
                assertThat(value).as("close to a count").isCloseTo(count, Offset.offset(0.1 + 0.1 * count));
                if (count > 0) {
                    rounded.put(series.path("metric").path("category").asText(), (int) count);
                }
            }
            assertThat(rounded).isEqualTo(expected);
        }
    }

    /** Waits until Prometheus has scraped this analysis, so the next push of the pipeline cannot hide it. */
    private static void awaitScraped(LocalPrometheus.Service prometheus, AnalysisMetrics analysis) throws Exception {
        double timestamp = analysis.analyzedAt().toEpochMilli() / 1000.0;
        String query = "ci_failure_last_analysis_timestamp_seconds{pipeline=\"" + analysis.pipeline() + "\"}";
        JsonNode result = prometheus.awaitQuery(query, r -> r.size() == 1
                && Math.abs(r.get(0).path("value").get(1).asDouble() - timestamp) < 0.001, SCRAPED_WITHIN);
        assertThat(result).as("scraped %s", query).hasSize(1);
        assertThat(result.get(0).path("metric").path("category").asText())
                .isEqualTo(analysis.category().wireName());
        assertThat(result.get(0).path("metric").path("job").asText())
                .as("honor_labels keeps the pushed job").isEqualTo(PushgatewayConfig.DEFAULT_JOB);
    }

    private static Map<String, Integer> byCategory(JsonNode result) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode series : result) {
            double value = series.path("value").get(1).asDouble();
            if (value != 0) {
                assertThat(value).as("a count").isEqualTo(Math.rint(value));
                counts.put(series.path("metric").path("category").asText(), (int) value);
            }
        }
        return counts;
    }

    /** The PromQL block that follows {@code <!-- promql: id -->} in docs/metrics.md. */
    static String documentedQuery(String id) throws Exception {
        String doc = Files.readString(Path.of(System.getProperty("repo.root", ".."), "docs", "metrics.md"));
        Matcher m = Pattern.compile("<!-- promql: " + Pattern.quote(id) + " -->\\s*```promql\\n(.*?)```",
                Pattern.DOTALL).matcher(doc);
        if (!m.find()) {
            fail("docs/metrics.md has no query " + id);
        }
        return m.group(1).strip();
    }

    private static List<Path> corpusLogs() throws Exception {
        String dir = System.getProperty("corpus.dir");
        Path index = dir == null ? null : Path.of(dir, "logchunks", "index.jsonl");
        if (index == null || !Files.isRegularFile(index)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("corpus not found at " + dir);
            }
            Assume.assumeTrue("corpus not found at " + dir, false);
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, Path> firstOfCategory = new LinkedHashMap<>();
        for (String line : Files.readAllLines(index)) {
            JsonNode entry = json.readTree(line);
            firstOfCategory.putIfAbsent(entry.path("category").asText(),
                    index.getParent().resolve(entry.path("file").asText()));
        }
        List<Path> logs = new ArrayList<>();
        for (String category : CATEGORIES) {
            logs.add(firstOfCategory.get(category));
        }
        return logs;
    }
}
