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
 * it; real logs of our fixture projects (fixtures/README.md).
 */
public class TestFailureSummaryTest {
    private static final Path LOGS = Path.of(System.getProperty("fixtures.dir", "../fixtures/corpus"), "logs");
    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    private Report analyze(String log) throws IOException {
        return analyzer.analyze(AnalysisRequest.of(BuildLogs.open(LOGS.resolve(log).toString(), System.in)));
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
        Report report = analyze("maven-app/surefire-assertion-gha.log");

        assertThat(report.rootCause().lines().get(0).text())
                .isEqualTo("org.opentest4j.AssertionFailedError: expected: <150> but was: <15>");
        assertThat(report.summary())
                .startsWith("A test failed: org.opentest4j.AssertionFailedError: expected: <150> but was: <15> (");
    }
}
