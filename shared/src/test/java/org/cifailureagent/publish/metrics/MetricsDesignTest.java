package org.cifailureagent.publish.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cifailureagent.report.Report;
import org.cifailureagent.taxonomy.Category;
import org.junit.Test;

/** The naming and cardinality rules of docs/metrics.md, checked on what the code emits. */
public class MetricsDesignTest {
    @Test
    public void everyNameHasThePrefixAndTotalOnlyOnCounters() {
        for (PrometheusRegistry registry : List.of(EmittedMetrics.run(), EmittedMetrics.controller())) {
            Map<String, String> types = EmittedMetrics.types(registry);
            assertThat(types).isNotEmpty();
            for (String sample : EmittedMetrics.sampleNames(registry)) {
                assertThat(sample).startsWith("ci_failure_").matches("[a-z_]+");
                String family = types.keySet().stream().filter(sample::startsWith)
                        .max((a, b) -> a.length() - b.length()).orElseThrow();
                assertThat(sample.endsWith("_total")).as(sample).isEqualTo("counter".equals(types.get(family)));
            }
            types.keySet().stream().filter(name -> name.contains("duration"))
                    .forEach(name -> assertThat(name).endsWith("_seconds"));
        }
    }

    @Test
    public void aNameSharedByRunsAndTheControllerHasOneType() {
        Map<String, String> run = EmittedMetrics.types(EmittedMetrics.run());
        Map<String, String> controller = EmittedMetrics.types(EmittedMetrics.controller());

        List<String> shared = run.keySet().stream().filter(controller::containsKey).toList();

        assertThat(shared).contains("ci_failure_agent_info", "ci_failure_model_drift_psi");
        shared.forEach(name -> assertThat(controller.get(name)).as(name).isEqualTo(run.get(name)));
        assertThat(run.values()).as("a run keeps no counter").containsOnly("gauge");
    }

    @Test
    public void driftIsOptional() {
        String without = EmittedMetrics.exposition(RunMetrics.of(EmittedMetrics.analysis(MetricsSource.CLI), null));
        String partial = EmittedMetrics.exposition(RunMetrics.of(EmittedMetrics.analysis(MetricsSource.CLI),
                new ModelDrift(0.25, null, null, null)));

        assertThat(without).doesNotContain("ci_failure_model_drift_psi{");
        assertThat(partial).contains("ci_failure_model_drift_psi{dimension=\"category\",source=\"cli\"} 0.25")
                .doesNotContain("dimension=\"confidence\"").doesNotContain("ci_failure_model_low_confidence_ratio{");
    }

    @Test
    public void noReportTextBecomesALabelAndNamesAreSanitized() {
        Report report = new Report(Report.SCHEMA_VERSION, "build.log", "compilation", 0.9, Map.of(),
                "cannot find symbol Foo in commit by alice", null, 10, List.of(), List.of(), "compile", 1, null,
                List.of(), new Report.RulesInfo("rules 1 (token=abcdef123456)"),
                new Report.ModelInfo("none", "rules-only"), "fp", List.of("w"), Map.of("total", 1500L));

        AnalysisMetrics analysis = AnalysisMetrics.of(report, MetricsSource.GITHUB,
                "shop/ci ghp_abcdefghijklmnopqrstuvwxyz0123 \"x\"\n", Instant.EPOCH);
        String exposition = EmittedMetrics.exposition(RunMetrics.of(analysis, null));

        assertThat(analysis.pipeline()).isEqualTo("shop/ci_x_");
        assertThat(analysis.rulesVersion()).startsWith("rules_1_token").doesNotContain("abcdef");
        assertThat(analysis.durationSeconds()).isEqualTo(1.5);
        assertThat(analysis.warnings()).isEqualTo(1);
        assertThat(exposition).doesNotContain("cannot find symbol").doesNotContain("alice")
                .doesNotContain("abcdef123456").contains("category=\"compilation\"");
    }

    @Test
    public void unknownCategoryAndLongValuesStayBounded() {
        assertThat(LabelValues.sanitize("x".repeat(500))).hasSize(LabelValues.MAX_LENGTH);
        assertThat(LabelValues.sanitize("   ")).isEqualTo("unknown");
        assertThat(AnalysisMetrics.of(new Report(1, "i", "no-such-category", 0.1, null, null, null, 0, null, null,
                null, null, null, null, null, null, null, null, null), MetricsSource.CLI, null, Instant.EPOCH)
                .category()).isEqualTo(Category.UNKNOWN);
    }

    @Test
    public void groupingLabelsMayNotReuseTheAgentsLabels() {
        assertThatThrownBy(() -> PushgatewayConfig.of("http://127.0.0.1:9091", "j", Map.of("category", "x"),
                new PushgatewayCredentials.None())).hasMessageContaining("'category'");
        assertThatThrownBy(() -> PushgatewayConfig.of("http://u:p@127.0.0.1:9091", "j", Map.of(),
                new PushgatewayCredentials.None())).hasMessageContaining("must not carry credentials");
        assertThat(PushgatewayConfig.of("https://gw.example:9091/prefix/", "j", Map.of("team", "pay ments"),
                new PushgatewayCredentials.None()).groupingLabels()).containsEntry("team", "pay_ments");
    }

    @Test
    public void credentialsComeFromTheEnvironmentAndNeverShow() {
        PushgatewayCredentials basic = PushgatewayCredentials.fromEnvironment(Map.of(
                PushgatewayCredentials.USERNAME_VARIABLE, "agent", PushgatewayCredentials.PASSWORD_VARIABLE, "pw1"));
        PushgatewayCredentials bearer = PushgatewayCredentials.fromEnvironment(Map.of(
                PushgatewayCredentials.TOKEN_VARIABLE, "tok1", PushgatewayCredentials.USERNAME_VARIABLE, "agent",
                PushgatewayCredentials.PASSWORD_VARIABLE, "pw1"));

        assertThat(basic).isEqualTo(new PushgatewayCredentials.Basic("agent", "pw1"));
        assertThat(basic.toString()).doesNotContain("pw1");
        assertThat(bearer).isEqualTo(new PushgatewayCredentials.Bearer("tok1"));
        assertThat(bearer.toString()).doesNotContain("tok1");
        assertThat(PushgatewayCredentials.fromEnvironment(Map.of())).isInstanceOf(PushgatewayCredentials.None.class);
        assertThatThrownBy(() -> PushgatewayCredentials.fromEnvironment(Map.of(
                PushgatewayCredentials.USERNAME_VARIABLE, "agent"))).hasMessageContaining("PASSWORD");
    }
}
