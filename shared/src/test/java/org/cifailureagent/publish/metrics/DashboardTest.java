package org.cifailureagent.publish.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The dashboard queries only metrics the code emits, and every query is valid PromQL. */
public class DashboardTest {
    private static final Path DASHBOARD = Path.of(System.getProperty("repo.root", ".."), "docs", "grafana",
            "ci-failure-agent.json");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void everyQueryNamesOnlyEmittedMetrics() throws Exception {
        Set<String> emitted = EmittedMetrics.sampleNames(EmittedMetrics.run(), EmittedMetrics.controller());
        Set<String> used = new TreeSet<>();

        for (String expr : expressions()) {
            Set<String> names = metricNames(expr);
            assertThat(names).as("metrics in %s", expr).isNotEmpty();
            assertThat(emitted).as("emitted by the code, used in %s", expr).containsAll(names);
            used.addAll(names);
        }

        assertThat(used).as("the dashboard shows each kind of metric").contains(
                "ci_failure_analyses_total", "ci_failure_last_analysis_timestamp_seconds",
                "ci_failure_analysis_duration_seconds_bucket", "ci_failure_model_drift_psi", "ci_failure_agent_info");
    }

    @Test
    public void nameExtractionIgnoresFunctionsLabelsAndKeywords() {
        assertThat(metricNames("sum by (category) (changes(a_b[1d]) + (min_over_time(c{le=\"0.5\"}[$__range]) "
                + "> bool time() - 86400)) or on (source) vector(0)")).containsExactly("a_b", "c");
    }

    @Test
    public void everyQueryIsValidPromql() throws Exception {
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        List<String> expressions = expressions();
        for (int i = 0; i < expressions.size(); i++) {
            rules.append("      - record: dashboard:query_").append(i).append('\n')
                    .append("        expr: '").append(grafanaVariablesReplaced(expressions.get(i)).replace("'", "''"))
                    .append("'\n");
        }
        Path file = temp.newFile("dashboard-rules.yml").toPath();
        Files.writeString(file, rules);

        LocalPrometheus.ToolRun check = LocalPrometheus.promtool(temp.getRoot().toPath(), "check", "rules",
                file.toString());

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains(expressions.size() + " rules found");
    }

    private static List<String> expressions() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        List<String> expressions = new ArrayList<>();
        for (JsonNode expr : dashboard.findValues("expr")) {
            expressions.add(expr.asText());
        }
        assertThat(expressions).hasSizeGreaterThan(10);
        return expressions;
    }

    static Set<String> metricNames(String expr) {
        String stripped = grafanaVariablesReplaced(expr)
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(stripped);
        while (m.find()) {
            String name = m.group();
            boolean function = stripped.substring(m.end()).stripLeading().startsWith("(");
            boolean partOfNumber = m.start() > 0 && Character.isDigit(stripped.charAt(m.start() - 1));
            if (!function && !partOfNumber && !KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                names.add(name);
            }
        }
        return names;
    }

    private static String grafanaVariablesReplaced(String expr) {
        return expr.replaceAll("\\$__\\w+", "5m");
    }
}
