package org.cifailureagent.publish.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/** docs/prometheus/alerts.yml is valid, its unit tests pass, and it reads only metrics the code emits. */
public class AlertRulesTest {
    private static final Path RULES_DIR = Path.of(System.getProperty("repo.root", ".."), "docs", "prometheus");

    @Test
    public void promtoolChecksTheRules() throws Exception {
        LocalPrometheus.ToolRun run = LocalPrometheus.promtool(RULES_DIR, "check", "rules", "alerts.yml");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("SUCCESS");
    }

    @Test
    public void everyAlertFiresAndStaysSilentAsItsUnitTestsSay() throws Exception {
        LocalPrometheus.ToolRun run = LocalPrometheus.promtool(RULES_DIR, "test", "rules", "alerts.test.yml");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("SUCCESS");
    }

    @Test
    public void everyAlertHasAFiringAndASilentCase() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Set<String> alerts = new TreeSet<>();
        for (JsonNode rule : yaml.readTree(RULES_DIR.resolve("alerts.yml").toFile()).findValues("alert")) {
            alerts.add(rule.asText());
        }
        Set<String> firing = new TreeSet<>();
        Set<String> silent = new TreeSet<>();
        for (JsonNode test : yaml.readTree(RULES_DIR.resolve("alerts.test.yml").toFile()).findValues("alert_rule_test")) {
            for (JsonNode check : test) {
                (check.path("exp_alerts").isEmpty() ? silent : firing).add(check.path("alertname").asText());
            }
        }

        assertThat(alerts).hasSizeGreaterThanOrEqualTo(4);
        assertThat(firing).isEqualTo(alerts);
        assertThat(silent).isEqualTo(alerts);
    }

    @Test
    public void rulesReadOnlyEmittedMetrics() throws Exception {
        Set<String> emitted = EmittedMetrics.sampleNames(EmittedMetrics.run(), EmittedMetrics.controller());
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode groups = yaml.readTree(RULES_DIR.resolve("alerts.yml").toFile());
        Set<String> recorded = new TreeSet<>();
        groups.findValues("record").forEach(r -> recorded.add(r.asText()));

        for (JsonNode expr : groups.findValues("expr")) {
            for (String name : DashboardTest.metricNames(expr.asText())) {
                assertThat(recorded.contains(name) || emitted.contains(name)).as("%s in %s", name, expr.asText())
                        .isTrue();
            }
        }
    }
}
