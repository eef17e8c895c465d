package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
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
