package org.cifailureagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/** The job summary and PR comment of a real log of our fixture projects (fixtures/README.md). */
public class GitHubMarkdownTest {
    private static final Path LOGS = Path.of(System.getProperty("fixtures.dir", "../fixtures/corpus"), "logs");

    @Test
    public void theRootCauseBlockShowsTheFiveBestLinesOfTheTwentyRanked() throws IOException {
        Report report = Analyzer.builder(new RuleLoader().loadDefault()).build().analyze(AnalysisRequest.of(
                BuildLogs.open(LOGS.resolve("maven-app/surefire-assertion-gha.log").toString(), System.in)));
        String md = GitHubMarkdown.render(report, GitHubMarkdown.Context.none(), GitHubMarkdown.STEP_SUMMARY_BYTES);

        String block = md.substring(md.indexOf("**Root cause**"), md.indexOf("<details>"));
        assertThat(report.rootCause().lines()).hasSize(20);
        assertThat(block.lines().filter(line -> line.matches("\\d+: .*"))).hasSize(5);
        assertThat(block).contains("98: org.opentest4j.AssertionFailedError: expected: <150> but was: <15>");
    }
}
