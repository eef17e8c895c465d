package org.cifailureagent.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.evaluation.CorpusDirs;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/**
 * What the summary says of the failing step and the place, on real Travis CI logs of the team's corpus (LogChunks):
 * no machine here runs Travis. Skips when the corpus is absent, fails then on CI.
 */
public class CorpusSummaryTest {
    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    private Report report(String log) {
        String path = CorpusDirs.logChunks().resolve("logs").resolve(log).toString();
        return analyzer.analyze(AnalysisRequest.of(BuildLogs.open(path, null)));
    }

    @Test
    public void theCommandTravisSaysFailedIsTheFailingStep() {
        Report stylelint = report("123680531.log.gz");
        assertThat(stylelint.failingStep()).isEqualTo("npm test");
        assertThat(stylelint.summary()).endsWith(" in step 'npm test'.");

        // yarn echoes the script it runs ("$ gulp && git status | …") below Travis's own "$ yarn test".
        assertThat(report("398798677.log.gz").failingStep()).isEqualTo("yarn test");
        // A command of several lines ("bash -c \"" and a script) is named by its first line.
        assertThat(report("566876907.log.gz").failingStep()).isEqualTo("bash -c \" …");
    }

    @Test
    public void aLongCommandIsCutShortInTheSummaryButNotInTheReport() {
        Report latex = report("566217161.log.gz");

        assertThat(latex.failingStep()).startsWith("if [ \"$BUILD_TYPE\" = \"latexmk\" ]; then docker exec")
                .hasSizeGreaterThan(100);
        assertThat(latex.summary()).endsWith(
                " in step 'if [ \"$BUILD_TYPE\" = \"latexmk\" ]; then docker exec -it texlive-basic bash -c \"c…'.");
    }

    @Test
    public void aPlacePrintedJustAboveTheQuoteIsItsPlace() {
        assertThat(report("547502360.log.gz").summary()).contains("[build failed] (at "
                + "src/github.com/getlantern/appdir/appdir_test.go:4) in step 'make test-and-cover'");
    }

    /** scikit-learn's pytest could not load pytest-cov: eight lines of frames lie between header and exception. */
    @Test
    public void aTracebackIsQuotedByItsExceptionHoweverManyFramesItHas() {
        Report report = report("562456534.log.gz");

        assertThat(report.rootCause().lines().get(0).text()).isEqualTo("Traceback (most recent call last):");
        assertThat(report.summary()).contains(": pkg_resources.VersionConflict: (pytest 3.5.0 (")
                .doesNotContain("Traceback");
    }

    @Test
    public void xcodebuildsTestingFailedIsQuotedWithTheErrorBelowItsBlankLine() {
        assertThat(report("431807215.log.gz").summary())
                .contains("Testing failed: Unknown attribute 'dynamicMemberLookup' in step");
    }

    @Test
    public void aHeadingOfAWordOrTwoIsQuotedWithTheLineBelowIt() {
        assertThat(report("123680531.log.gz").summary())
                .contains(": normalize.css: 429:1 Unexpected missing newline at end of file");
        // R's "ERROR" over the tests' failure, beside a test that testthat printed no message for.
        assertThat(report("575510992.log.gz").summary()).startsWith(
                "A test failed: ERROR: Running the tests in ‘tests/test-all.R’ failed (test All man pages have");
    }

    @Test
    public void aPythonTracebacksHeaderIsQuotedByTheExceptionItEndsWith() {
        assertThat(report("196472359.log.gz").summary()).startsWith("A quality gate failed: AssertionError (at "
                + "/root/src/openface/tests/openface_batch_represent_tests.py:50)");
    }

    @Test
    public void warningsOfADependencysBuildFarAboveTheFailureAreNotItsPlace() {
        Report discourse = report("565586706.log.gz");

        assertThat(discourse.locations()).extracting(Report.ReportLocation::file).contains("rwpng.c");
        assertThat(discourse.summary()).doesNotContain("rwpng.c").doesNotContain("(at ")
                // prettier --list-different names the file with no finding below: yarn's error is not one.
                .doesNotContain("Command failed");
    }

    @Test
    public void aQuoteThatPrintsItsOwnPathAndLineGetsNoOtherPlace() {
        // ESLint's compact line, which no parser reads; the nearest place parsed is a native module's C++ warning.
        assertThat(report("544975039.log.gz").summary())
                .contains(": src/grammar-registry.js:639 Insert `;` (prettier/prettier) in step ");
    }

    @Test
    public void aLineThatEndsInALevelWordIsQuotedWithTheReasonIndentedBelowIt() {
        // Karma's browser line over why the browser was lost.
        assertThat(report("566160487.log.gz").summary()).contains(
                ": Chrome 75.0.3770 (Mac OS X 10.13.6) ERROR Disconnected, because no message in 30000 ms in step ");
    }
}
