package org.cifailureagent.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.cifailureagent.evidence.EvidenceLine;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.evidence.Location;

/**
 * The result of one analysis, version 1 of docs/report.schema.json. All text in it has been redacted. Later
 * versions add only optional fields, which are left out of the JSON when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "input", "category", "confidence", "categoryScores", "summary", "rootCause",
    "totalLines", "locations", "failingTests", "failingStep", "exitCode", "signal", "rulesMatched", "rules", "model",
    "fingerprint", "suspects", "flaky", "history", "warnings", "timingsMillis"})
public record Report(
        int schemaVersion,
        String input,
        String category,
        double confidence,
        Map<String, Double> categoryScores,
        String summary,
        RootCause rootCause,
        long totalLines,
        List<ReportLocation> locations,
        List<ReportTest> failingTests,
        String failingStep,
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer exitCode,
        String signal,
        List<RuleMatched> rulesMatched,
        RulesInfo rules,
        ModelInfo model,
        String fingerprint,
        List<Suspect> suspects,
        Flaky flaky,
        History history,
        List<String> warnings,
        Map<String, Long> timingsMillis) {

    public static final int SCHEMA_VERSION = 1;

    /** A report without the workspace and history fields (as before they existed). */
    public Report(int schemaVersion, String input, String category, double confidence,
                  Map<String, Double> categoryScores, String summary, RootCause rootCause, long totalLines,
                  List<ReportLocation> locations, List<ReportTest> failingTests, String failingStep, Integer exitCode,
                  String signal, List<RuleMatched> rulesMatched, RulesInfo rules, ModelInfo model, String fingerprint,
                  List<String> warnings, Map<String, Long> timingsMillis) {
        this(schemaVersion, input, category, confidence, categoryScores, summary, rootCause, totalLines, locations,
                failingTests, failingStep, exitCode, signal, rulesMatched, rules, model, fingerprint, null, null, null,
                warnings, timingsMillis);
    }

    /** The ranked evidence lines (best first, at most 20) and the lines around the best of them, in log order. */
    public record RootCause(List<EvidenceLine> lines, List<EvidenceLine> context) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportLocation(String file, String path, Integer line, Integer column, String message, String tool,
                                 String source, Long number) {
        static ReportLocation of(Location l, java.util.function.UnaryOperator<String> redact) {
            return new ReportLocation(redact.apply(l.file()), redact.apply(l.path()), l.line(), l.column(),
                    redact.apply(l.message()), l.tool(),
                    l.source(), l.number() > 0 ? l.number() : null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportTest(String name, String message, String source, Long number) {
        static ReportTest of(FailingTest t, java.util.function.UnaryOperator<String> redact) {
            return new ReportTest(redact.apply(t.name()), redact.apply(t.message()), t.source(),
                    t.number() > 0 ? t.number() : null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleMatched(String id, String category, String hint, int count, String source, long number) {
    }

    /**
     * A commit that may have caused the failure. {@code reason}: {@code changed-reported-line},
     * {@code changed-reported-file}, {@code changed-build-file} or {@code in-range}, strongest first.
     */
    public record Suspect(String commit, String author, String message, List<String> files, String reason,
                          String why) {
    }

    /** The flaky decision and its evidence (null when there was neither history nor a retry to judge by). */
    public record Flaky(boolean flaky, String reason, List<FlakyTest> tests) {
    }

    /**
     * One test's record: failure rate over runs with a known outcome, flips on one commit, pass evidence.
     * {@code attempts}: its attempts in this build, {@code failed}/{@code passed} in order, when its runner retried
     * it (null otherwise).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FlakyTest(String name, int runs, int failures, double failureRate, int flipsOnSameCommit,
                            List<String> passedOnCommitRuns, boolean passedOnRetry, String record,
                            List<String> attempts) {
    }

    /** Whether the job saw this failure's fingerprint before: {@code seen} of the last {@code runs} runs. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record History(int runs, int seen, String lastSeenRun, String text) {
    }

    public record RulesInfo(String version) {
    }

    /** {@code status}: {@code loaded}, {@code default}, or why rules and evidence decided alone. */
    public record ModelInfo(String version, String status) {
    }
}
