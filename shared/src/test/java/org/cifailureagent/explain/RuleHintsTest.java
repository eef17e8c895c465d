package org.cifailureagent.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.GitHubMarkdown;
import org.cifailureagent.report.Report;
import org.cifailureagent.report.TextReport;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/**
 * Which rules' hints a reader sees: those behind the answer. A real log of our fixture projects (fixtures/README.md):
 * the linker ran out of disk, and besides the disk-full rule its closing {@code ld returned 1 exit status} matches
 * the linker-error rule, whose advice (a missing symbol) would mislead.
 */
public class RuleHintsTest {
    private static final Path LOGS = Path.of(System.getProperty("fixtures.dir", "../fixtures/corpus"), "logs");
    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    @Test
    public void theRulesOfTheAnswerComeFirstAndOnlyTheirHintsAreShown() throws IOException {
        Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open(
                LOGS.resolve("c-make/link-disk-full-gha.log").toString(), System.in)));

        assertThat(report.category()).isEqualTo("resource");
        assertThat(report.rulesMatched()).extracting(Report.RuleMatched::id).contains("linker-error");
        assertThat(report.rulesMatched().get(0).category()).isEqualTo("resource");
        assertThat(TextReport.render(report)).contains("[disk-full]").doesNotContain("[linker-error]");
        assertThat(GitHubMarkdown.render(report, GitHubMarkdown.Context.none(), GitHubMarkdown.STEP_SUMMARY_BYTES))
                .contains("`disk-full`").doesNotContain("`linker-error`");
    }
}
