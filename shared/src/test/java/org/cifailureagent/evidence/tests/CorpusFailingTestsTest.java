package org.cifailureagent.evidence.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.evaluation.CorpusDirs;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/**
 * Runners that no machine here can run (xUnit.net on .NET, Pester on PowerShell, XCTest under xcpretty on macOS,
 * Karma in Firefox and Internet Explorer), and ScalaTest on a larger build than our sample's, cargo test's one-line
 * panic, go test -v before Go 1.14, an older testify, testthat 1 and 2, php-src's own run-tests.php, an older mocha's
 * unnamed root suite, pytest's failure sections far below the verbose lines that name the tests, Vim's harness on
 * a test retried as flaky and git's own TAP test suite, read from real Travis CI logs of the team's corpus
 * (LogChunks). Skips when the corpus is absent, fails then on CI.
 */
public class CorpusFailingTestsTest {
    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    private List<Report.ReportTest> failingTests(String log) {
        String path = CorpusDirs.logChunks().resolve("logs").resolve(log).toString();
        return analyzer.analyze(AnalysisRequest.of(BuildLogs.open(path, null))).failingTests();
    }

    @Test
    public void cargoTestBeforeRust173QuotesThePanicOnItsLine() {
        assertThat(failingTests("567130646.log.gz")).extracting(t -> t.name(), t -> t.message())
                .contains(tuple("ll", "Ref test failed; grid doesn't match"));
    }

    @Test
    public void goTestVerboseBeforeGo114ReportsBelowTheFailLine() {
        assertThat(failingTests("554941726.log.gz")).extracting(t -> t.name(), t -> t.message())
                .containsExactly(tuple("TestSeparator", "expected entry to be in form of `* [link] - description.`, "
                        + "got '* [gohive](https://github.com/loveleshsharma/gohive) - A High-Performance and easy to "
                        + "use goroutine pool for Go'"));
    }

    @Test
    public void olderTestifyPutsItsErrorTraceOnTheReportLine() {
        assertThat(failingTests("519285064.log.gz")).extracting(t -> t.name(), t -> t.message())
                .startsWith(tuple("TestParallelPreferChained", "Should be true"));
    }

    @Test
    public void testthatOneAndTwoUnderRCmdCheck() {
        assertThat(failingTests("74708143.log.gz")).extracting(t -> t.name(), t -> t.message()).containsExactly(
                tuple("average the count for each unique timestamp if the timestamps are not unique",
                        "AnomalyDetectionTs(raw_data, max_anoms = 0.02, direction = \"both\", plot = TRUE, "
                                + "unique_by_time = TRUE) threw an error"));
        // testthat 2 cut its boxed heading at the console's width; the list at the end names the test whole.
        assertThat(failingTests("575510992.log.gz")).extracting(t -> t.name(), t -> t.message()).containsExactly(
                tuple("All man pages have an entry in staticdocs/index.r", null));
    }

    @Test
    public void phpSrcRunTestsOnItsOwnTests() {
        assertThat(failingTests("529279089.log.gz")).extracting(t -> t.name(), t -> t.message()).containsExactly(
                tuple("ext/standard/tests/file/bug60120.phpt", "001+ ** ERROR: process timed out **; 001- OK."));
        assertThat(failingTests("531576999.log.gz")).extracting(t -> t.name())
                .startsWith("sapi/fpm/tests/bug77934-reload-process-control.phpt");
    }

    @Test
    public void olderMochaPrintedTheUnnamedRootSuitesIndentation() {
        assertThat(failingTests("567323035.log.gz")).extracting(t -> t.name(), t -> t.message()).contains(tuple(
                "Public APIs for the language server should be acknowledged when they change",
                "Error: The baseline file api/tsserverlibrary.d.ts has changed."));
    }

    @Test
    public void xunitNetFullNameWithTheAssertion() {
        assertThat(failingTests("375800180.log.gz")).extracting(t -> t.name(), t -> t.message())
                .containsExactly(tuple("Nancy.Testing.Tests.BrowserFixture.Should_return_JSON_serialized_form",
                        "Assert.Equal() Failure"));
    }

    @Test
    public void pesterItBlocksWithTheFailureBelow() {
        assertThat(failingTests("536509309.log.gz")).extracting(t -> t.name(), t -> t.message()).containsExactly(
                tuple("ThreadJob with ScriptBlock and Using variables", "Expected {1 2 3 4 5}, but got {GlobalVar}."),
                tuple("ThreadJob with ScriptFile and Using variables", "Expected {1 2 3 4 5 6 7 8 9 10}, but got {}."));
    }

    @Test
    public void xcprettySummaryByClassAndTest() {
        assertThat(failingTests("552510229.log.gz")).extracting(t -> t.name(), t -> t.message()).containsExactly(
                tuple("Alamofire_iOS_Tests.SessionTestCase."
                        + "testThatDataRequestWithInvalidURLStringThrowsResponseHandlerError", "XCTAssertTrue failed"));
        assertThat(failingTests("527416812.log.gz")).extracting(t -> t.name())
                .containsExactly("InterprocessTest.testCompactOnLaunchFailSilently");
    }

    @Test
    public void scalaTestBehindSbtWithTheExceptionBelow() {
        assertThat(failingTests("565063041.log.gz")).extracting(t -> t.name(), t -> t.message()).startsWith(
                tuple("http/2 client, http/1.1 server (streaming): symmetric reader and getContent",
                        "com.twitter.util.TimeoutException: 30.seconds"));
    }

    @Test
    public void karmaSpecFullNameWithoutTheBrowser() {
        assertThat(failingTests("476598534.log.gz")).extracting(t -> t.name(), t -> t.message()).containsExactly(
                tuple("upgrade angular1_providers injectorFactory should throw if the injector value has not been set "
                        + "yet", "Expected function to throw an Error."));
    }

    @Test
    public void pytestSectionHundredsOfLinesBelowTheVerboseLine() {
        assertThat(failingTests("565363151.log.gz")).first().satisfies(test -> {
            assertThat(test.name()).isEqualTo("test_DOCKER_HOST_unix_socket.py::test_unknown_virtual_host");
            assertThat(test.message()).startsWith("ConnectionError: HTTPConnectionPool(host='nginx-proxy', port=80): "
                    + "Max retries exceeded with url: /port");
        });
    }

    @Test
    public void vimsHarnessReportsATestRetriedAsFlakyRunByRun() {
        assertThat(failingTests("555392625.log.gz")).extracting(t -> t.name(), t -> t.message())
                .containsExactly(tuple("Test_popup_beval", "Vim(call):E958: Job already finished"));
    }

    @Test
    public void gitsTestSuiteShowsTheFailedTestsScriptWhichIsNoMessage() {
        assertThat(failingTests("566701284.log.gz")).extracting(t -> t.name(), t -> t.message())
                .containsExactly(tuple("sync when no master branch prints a nice error", null));
    }
}
