package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/** pytest -v on tests whose parameters quote shell errors (tool-output/pytest-verbose-params.txt). */
public class PassedTestReportTest {
    private static final String SAMPLE = "pytest-verbose-params";

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
                    .allSatisfy(text -> assertThat(text.strip()).matches("ok \\d+ .*"));
            assertThat(lines.stream().filter(text -> text.strip().startsWith("not ok ")))
                    .as(sample).noneMatch(PassedTestReport::matches);
        }
    }

    /**
     * The hand-written check reads pytest -v's form exactly as this regular expression does (it replaced it for
     * speed): on every line of the sample and on each line with one character deleted, or one of the characters that
     * matter to the form inserted, at every position.
     */
    @Test
    public void agreesWithTheRegularExpressionOnEveryEditOfTheSample() {
        Pattern form = Pattern.compile("^[^\\s:]+::\\S.*? (PASSED|SKIPPED|XFAIL|XPASS)(\\s+\\[\\s*\\d+%\\])?\\s*$");
        List<String> variants = new ArrayList<>();
        for (NormalizedLine line : ToolOutput.blocks(SAMPLE).get(0).lines()) {
            String text = line.text();
            variants.add(text);
            for (int at = 0; at <= text.length(); at++) {
                if (at < text.length()) {
                    variants.add(text.substring(0, at) + text.substring(at + 1));
                }
                for (char inserted : " \t:[]%0x\u0085".toCharArray()) {
                    variants.add(text.substring(0, at) + inserted + text.substring(at));
                }
            }
        }

        assertThat(variants).hasSizeGreaterThan(1_000)
                .filteredOn(text -> PassedTestReport.isPytestPass(text) != form.matcher(text).matches()).isEmpty();
        assertThat(variants).filteredOn(PassedTestReport::isPytestPass).hasSizeGreaterThan(100);
    }

    @Test
    public void theQuotedErrorsOfPassedTestsAreNoEvidence() throws Exception {
        Report report;
        try (InputStream in = getClass().getResourceAsStream("/tool-output/" + SAMPLE + ".txt")) {
            report = Analyzer.builder(new RuleLoader().loadDefault()).build()
                    .analyze(AnalysisRequest.of(BuildLogs.open("-", in)));
        }

        assertThat(report.rulesMatched()).extracting(Report.RuleMatched::id)
                .contains("pytest-failure").doesNotContain("command-not-found");
        assertThat(report.rootCause().lines()).noneMatch(line -> line.text().contains(" PASSED "));
    }
}
