package org.cifailureagent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cifailureagent.explain.flaky.History;
import org.cifailureagent.explain.flaky.HistoryReader;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.GitHubMarkdown;
import org.cifailureagent.report.Report;
import org.cifailureagent.report.ReportJson;
import org.cifailureagent.report.TextReport;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.workspace.CollectOptions;
import org.cifailureagent.workspace.GitRepo;
import org.cifailureagent.workspace.Samples;
import org.cifailureagent.workspace.WorkspaceStep;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The whole analysis with a workspace and a history: real logs, real reports, a real git checkout. */
public class InPlaceAnalysisTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    @Test
    public void theFlakyRunIsFlakyAndItsTestAndRecordAreNamed() throws IOException {
        Path workspace = Samples.workspace("flaky", temp.getRoot().toPath().resolve("ws"));
        History history = HistoryReader.read(Samples.sample("flaky/history.jsonl"));
        String commit = Files.readString(Samples.sample("flaky/commit.txt")).strip();

        Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open(
                        Samples.sample("flaky/current.log").toString(), System.in))
                .withWorkspace(WorkspaceStep.local(workspace, CollectOptions.defaults()))
                .withHistory(history, commit));

        assertThat(report.category()).isEqualTo("flaky");
        assertThat(report.failingTests()).extracting(Report.ReportTest::name)
                .contains("test_flaky.py::test_sometimes");
        assertThat(report.flaky().flaky()).isTrue();
        assertThat(report.flaky().tests()).extracting(Report.FlakyTest::name)
                .containsExactly("test_flaky.py::test_sometimes");
        long seen = history.last(20).stream().filter(r -> report.fingerprint().equals(r.fingerprint())).count();
        assertThat(report.history().seen()).isEqualTo(seen);
        assertThat(report.history().text()).startsWith(seen == 0 ? "not seen" : "seen in " + seen + " of the last "
                + history.last(20).size() + " runs");
        assertThat(report.suspects()).isNull();
        assertThat(GitHubMarkdown.render(report, GitHubMarkdown.Context.none(), GitHubMarkdown.STEP_SUMMARY_BYTES)).contains("**Flaky**", "`test_flaky.py::test_sometimes`",
                report.flaky().tests().get(0).record());
        assertThat(TextReport.render(report)).contains("flaky:      yes");
        assertThat(ReportJson.read(ReportJson.compact(report))).isEqualTo(report);
    }

    @Test
    public void aSurefireFailureInAGitCheckoutNamesTheCommitThatChangedTheFailingLine() throws IOException {
        Path workspace = temp.getRoot().toPath().resolve("calc");
        GitRepo repo = GitRepo.init(workspace);
        Path project = Samples.root().resolve("projects/surefire");
        String calc = Files.readString(project.resolve("src/main/java/com/example/Calc.java"));
        repo.write("pom.xml", Files.readString(project.resolve("pom.xml")))
                .write("src/main/java/com/example/Calc.java", calc.replace(
                        "throw new IllegalArgumentException(\"division by zero\");", "return 0;"))
                .write("src/test/java/com/example/CalcTest.java",
                        Files.readString(project.resolve("src/test/java/com/example/CalcTest.java")));
        String green = repo.commit("Ann Initial", "Calculator that divides by zero quietly");
        repo.write("src/main/java/com/example/Calc.java", calc);
        String strict = repo.commit("Bob Breaker", "Refuse to divide by zero");
        repo.write("README.md", "calc\n");
        String token = "ghp_" + "abcdefghijklmnopqrstuvwxyz0123456789";
        String docs = repo.commit("Dee Docs", "Add a readme, not the token " + token);
        Path reports = Files.createDirectories(workspace.resolve("target/surefire-reports"));
        try (var xml = Files.list(Samples.sample("surefire"))) {
            for (Path file : (Iterable<Path>) xml.filter(p -> p.toString().endsWith(".xml"))::iterator) {
                Files.copy(file, reports.resolve(file.getFileName()));
            }
        }

        Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open(
                        Samples.sample("surefire/mvn-test.log").toString(), System.in))
                .withWorkspace(WorkspaceStep.local(workspace, CollectOptions.defaults().withSince(green))));

        assertThat(report.suspects()).extracting(Report.Suspect::commit).containsExactly(strict, docs);
        assertThat(report.suspects().get(0).reason()).isEqualTo("changed-reported-line");
        assertThat(report.suspects().get(0).why()).isEqualTo("last changed src/main/java/com/example/Calc.java:10");
        assertThat(report.locations()).extracting(Report.ReportLocation::path)
                .contains("src/main/java/com/example/Calc.java", "src/test/java/com/example/CalcTest.java");
        assertThat(report.flaky()).isNotNull();
        assertThat(report.flaky().flaky()).isFalse();
        assertThat(report.flaky().tests()).extracting(Report.FlakyTest::name)
                .contains("com.example.RetriedTest.passesOnRetry");
        assertThat(GitHubMarkdown.render(report, GitHubMarkdown.Context.none(), GitHubMarkdown.STEP_SUMMARY_BYTES)).contains("**Suspect commits**", strict.substring(0, 10),
                "Refuse to divide by zero");
        assertThat(report.suspects().get(1).message()).isEqualTo("Add a readme, not the token ***");
        assertThat(ReportJson.compact(report)).doesNotContain(token);
    }
}
