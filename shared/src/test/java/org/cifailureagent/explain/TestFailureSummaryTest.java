package org.cifailureagent.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/**
 * The summary of a failed test quotes what the test framework said went wrong, not the header or count line above
 * it; real logs of our fixture projects (fixtures/README.md) and the README's examples (docs/examples).
 */
public class TestFailureSummaryTest {
    private static final Path FIXTURES = Path.of(System.getProperty("fixtures.dir", "../fixtures/corpus"));
    private static final Path LOGS = FIXTURES.resolve("logs");
    private static final Path EXAMPLES = FIXTURES.resolve("../../docs/examples").normalize();
    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    private Report analyze(String log) throws IOException {
        return analyze(LOGS.resolve(log));
    }

    private Report analyze(Path log) throws IOException {
        return analyzer.analyze(AnalysisRequest.of(BuildLogs.open(log.toString(), System.in)));
    }

    @Test
    public void pytestQuotesTheAssertionRatherThanTheTestsHeader() throws IOException {
        Report report = analyze("py-app/pytest-assertion-gha.log");

        assertThat(report.category()).isEqualTo("test");
        assertThat(report.summary()).startsWith(
                "A test failed: AssertionError: assert Decimal('17.00') == Decimal('16.99') (test ")
                .doesNotContain("____");
    }

    @Test
    public void goTestQuotesTheTestsMessageRatherThanItsFailLine() throws IOException {
        Report report = analyze("go-mod/test-fail-gha.log");

        assertThat(report.category()).isEqualTo("test");
        assertThat(report.summary()).startsWith("A test failed: request 2 denied, want allowed (")
                .contains("TestBurstThenDeny");
    }

    @Test
    public void surefireQuotesTheExceptionRatherThanTheCounts() throws IOException {
        Report report = analyze("maven-app/surefire-exception-jenkins.log");

        assertThat(report.category()).isEqualTo("test");
        assertThat(report.summary()).startsWith("A test failed: java.lang.NullPointerException: Cannot invoke")
                .doesNotContain("Tests run:");
    }

    @Test
    public void aBestLineThatHoldsTheMessageIsQuotedAsTheLogPrintedIt() throws IOException {
        Report report = analyze(EXAMPLES.resolve("jenkins-maven-test.log"));

        assertThat(report.rootCause().lines().get(0).text())
                .isEqualTo("java.lang.AssertionError: expected:<900> but was:<901>");
        assertThat(report.summary())
                .startsWith("A test failed: java.lang.AssertionError: expected:<900> but was:<901> (");
    }

    @Test
    public void aFlakyGuessWithNoRetryToJudgeQuotesAndNamesTheFailedTest() throws IOException {
        // A script of the job reruns go test; no runner's retry format reads that, so there is no flaky decision.
        Report report = analyze("go-mod/flaky-rerun-gha.log");

        assertThat(report.category()).isEqualTo("flaky");
        assertThat(report.summary()).startsWith("A flaky test failed (it also passed on the same code): request "
                + "scheduling took ").contains(", want <= 2ms (test TestAllowUnderJitter) in step");
    }
}
