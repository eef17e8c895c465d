package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.report.Report;
import org.junit.Test;

/**
 * pytest -v on tests whose parameters quote shell errors (tool-output/pytest-verbose-params.txt), TAP's passed tests,
 * and tests of known bugs that failed as expected.
 */
public class PassedTestReportTest {
    private static final String SAMPLE = "pytest-verbose-params";
    private static final List<String> EXPECTED_FAILURES =
            List.of("passing-pytest-xfail", "passing-php-run-tests-xfail", "passing-automake-xfail");

    @Test
    public void onlyThePassedTestsLinesArePassReports() {
        List<String> passReports = ToolOutput.blocks(SAMPLE).get(0).lines().stream().map(NormalizedLine::text)
                .filter(PassedTestReport::matches).toList();

        assertThat(passReports).hasSize(2).allSatisfy(text -> assertThat(text).contains(" PASSED "));
    }

    @Test
    public void tapsPassedTestsArePassReportsItsFailedOnesNot() {
        for (String sample : List.of("node-tap", "tape", "bats", "node-test", "passing-tape-names")) {
            List<String> lines = ToolOutput.blocks(sample).get(0).lines().stream().map(NormalizedLine::text).toList();
            assertThat(lines.stream().filter(PassedTestReport::matches)).as(sample).isNotEmpty()
                    .allSatisfy(text -> assertThat(text.strip()).matches("ok \\d+ .*|# Subtest: .*"));
            assertThat(lines.stream().filter(text -> text.strip().startsWith("not ok ")))
                    .as(sample).noneMatch(PassedTestReport::matches);
        }
    }

    @Test
    public void nodesSubtestNamesAreNoEvidenceItsFailedTestsAre() throws Exception {
        List<String> names = ToolOutput.blocks("passing-node-test-names").get(0).lines().stream()
                .map(NormalizedLine::text).filter(text -> text.contains("# Subtest: ")).toList();
        assertThat(names).hasSize(3).allMatch(PassedTestReport::matches);

        assertThat(ToolOutput.analyze("passing-node-test-names").rootCause().lines()).isEmpty();
        Report failed = ToolOutput.analyze("node-test");
        assertThat(failed.failingTests()).extracting(Report.ReportTest::name)
                .containsExactly("slug drops punctuation");
        assertThat(failed.rootCause().lines()).isNotEmpty().noneMatch(line -> line.text().contains("# Subtest:"));
    }

    @Test
    public void expectedFailuresArePassReports() {
        for (String sample : EXPECTED_FAILURES) {
            List<String> lines = ToolOutput.blocks(sample).get(0).lines().stream().map(NormalizedLine::text).toList();
            // Every line that names an expected failure; automake's count "# XFAIL: 1" names none.
            assertThat(lines).as(sample).filteredOn(text -> text.contains("XFAIL") && !text.startsWith("# "))
                    .hasSizeGreaterThanOrEqualTo(1).allMatch(PassedTestReport::matches);
        }
    }

    @Test
    public void aLogWhoseTestsPassedOrFailedAsExpectedShowsNoFailure() throws Exception {
        for (String sample : EXPECTED_FAILURES) {
            Report report = ToolOutput.analyze(sample);

            assertThat(report.rootCause().lines()).as(sample).isEmpty();
            assertThat(report.failingTests()).as(sample).isEmpty();
        }
    }

    /**
     * The hand-written check reads pytest -v's form exactly as this regular expression does (it replaced it for
     * speed): on every line of the samples and on each line with one character deleted, or one of the characters that
     * matter to the form inserted, at every position.
     */
    @Test
    public void agreesWithTheRegularExpressionOnEveryEditOfTheSamples() {
        Pattern form = Pattern.compile(
                "^[^\\s:]+::\\S.*? (PASSED|SKIPPED|XFAIL|XPASS)( \\(.*\\))?(\\s+\\[\\s*\\d+%\\])?\\s*$");
        List<String> variants = new ArrayList<>();
        for (String sample : List.of(SAMPLE, "passing-pytest-xfail")) {
            for (NormalizedLine line : ToolOutput.blocks(sample).get(0).lines()) {
                variants.addAll(editsOf(line.text()));
            }
        }

        assertThat(variants).hasSizeGreaterThan(1_000)
                .filteredOn(text -> PassedTestReport.isPytestPass(text) != form.matcher(text).matches()).isEmpty();
        assertThat(variants).filteredOn(PassedTestReport::isPytestPass).hasSizeGreaterThan(100)
                .anyMatch(text -> text.contains(" XFAIL ("));
    }

    /** The text, and the text with one character deleted or one that matters to the form inserted, anywhere. */
    private static List<String> editsOf(String text) {
        List<String> edits = new ArrayList<>();
        edits.add(text);
        for (int at = 0; at <= text.length(); at++) {
            if (at < text.length()) {
                edits.add(text.substring(0, at) + text.substring(at + 1));
            }
            for (char inserted : " \t:[]()%0x\u0085".toCharArray()) {
                edits.add(text.substring(0, at) + inserted + text.substring(at));
            }
        }
        return edits;
    }

    @Test
    public void theQuotedErrorsOfPassedTestsAreNoEvidence() throws Exception {
        Report report = ToolOutput.analyze(SAMPLE);

        assertThat(report.rulesMatched()).extracting(Report.RuleMatched::id)
                .contains("pytest-failure").doesNotContain("command-not-found");
        assertThat(report.rootCause().lines()).noneMatch(line -> line.text().contains(" PASSED "));
    }
}
