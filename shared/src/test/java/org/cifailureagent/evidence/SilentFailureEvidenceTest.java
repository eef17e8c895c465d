package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/**
 * A script that fails without a word (fixtures: shell-scripts' smoke test exits 3): the evidence is its exit and the
 * output it printed before, not the lines of the stages before it.
 */
public class SilentFailureEvidenceTest {
    private static final Path LOGS = Path.of(System.getProperty("fixtures.dir", "../fixtures/corpus"), "logs");
    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    private List<String> evidenceOf(String log) {
        Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open(LOGS.resolve(log).toString(), System.in)));
        return report.rootCause().lines().stream().map(EvidenceLine::text).toList();
    }

    @Test
    public void jenkinsCheckoutStageIsNoEvidenceOfTheScriptsExit() {
        List<String> lines = evidenceOf("shell-scripts/smoke-exit3-jenkins.log");

        assertThat(lines).contains("ERROR: script returned exit code 3", "release 1.2.3 written to dist")
                .noneMatch(text -> text.startsWith("Commit message:") || text.startsWith("Fetching upstream")
                        || text.startsWith("Checking out Revision") || text.startsWith("using GIT_ASKPASS"));
    }

    @Test
    public void theSameScriptUnderGitHubShowsItsOutputAndNotTheCheckoutSteps() {
        assertThat(evidenceOf("shell-scripts/smoke-exit3-gha.log")).containsExactlyInAnyOrder(
                "Process completed with exit code 3.", "release 1.2.3 written to dist", "NOTES-1.2.3.md",
                "app-1.2.3.tar.gz");
    }
}
