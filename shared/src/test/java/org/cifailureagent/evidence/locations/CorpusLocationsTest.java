package org.cifailureagent.evidence.locations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.Assume.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/**
 * Real Travis CI logs of the team's corpus (LogChunks, Brandt et al., MSR 2020) that showed mistakes: frames in old
 * Node's own modules ("module.js") and sbt's and ScalaTest's own frames taken for the project's; what a tool printed
 * before a diagnostic (cargo's "warning: ", CocoaPods' "- ERROR | xcodebuild:  ", docker's "docker: Error response
 * from daemon: …: ") taken for part of the file's name; and Node's header above a syntax error, the only line that
 * names the file that does not parse, missed. Skips when the corpus is absent, fails then on CI.
 */
public class CorpusLocationsTest {
    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    private List<Report.ReportLocation> locations(String log) {
        String dir = System.getProperty("corpus.dir");
        boolean present = dir != null && Files.isDirectory(Path.of(dir));
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("corpus missing at " + dir);
        }
        assumeTrue("corpus absent", present);
        Path path = Path.of(dir, "logchunks", "logs", log);
        return analyzer.analyze(AnalysisRequest.of(BuildLogs.open(path.toString(), null))).locations();
    }

    @Test
    public void oldNodeCoreModulesAreNotTheProjectsCode() {
        // Its only stack runs through module.js, internal/module.js and node_modules: no frame of the project.
        List<Report.ReportLocation> found = locations("303140404.log.gz");

        assertThat(found).extracting(Report.ReportLocation::file)
                .doesNotContain("module.js", "internal/module.js")
                .noneMatch(file -> file.contains("node_modules/"));
    }

    @Test
    public void cargoWarningPrefixIsNotPartOfTheFile() {
        List<Report.ReportLocation> found = locations("371852012.log.gz");

        assertThat(found).filteredOn(l -> "gcc".equals(l.tool())).isNotEmpty()
                .allSatisfy(l -> assertThat(l.file()).doesNotStartWith("warning: ")
                        .startsWith("../../libcompiler_builtins/"));
    }

    @Test
    public void textBeforeAColonAndASpaceIsNotPartOfTheFile() {
        assertThat(locations("551975915.log.gz")).extracting(Report.ReportLocation::file).isNotEmpty()
                .allSatisfy(file -> assertThat(file).startsWith("/Users/travis/build/ReactiveCocoa/"));
        assertThat(locations("563353767.log.gz")).extracting(Report.ReportLocation::file)
                .contains("container_linux.go").noneMatch(file -> file.contains("docker: "));
    }

    @Test
    public void nodesHeaderNamesTheFileThatDoesNotParseWhereItsStackNamesTheOneRequiringIt() {
        assertThat(locations("348092162.log.gz")).first().satisfies(location -> {
            assertThat(location.file()).endsWith("/web-starter-kit/gulp-tasks/serviceWorker.js");
            assertThat(location.line()).isEqualTo(5);
            assertThat(location.message()).isEqualTo("SyntaxError: Unexpected token (");
        });
    }

    @Test
    public void sbtAndScalaTestFramesAreNotTheProjectsCode() {
        // ScalaTest's assertion frame, then the project's test; sbt's own task frames under a failed task.
        assertThat(locations("565063041.log.gz")).extracting(Report.ReportLocation::file)
                .contains("com/twitter/finagle/http/AbstractStreamingTest.scala")
                .noneMatch(file -> file.startsWith("sbt/") || file.startsWith("org/scalatest/"));
        assertThat(locations("567103817.log.gz")).extracting(Report.ReportLocation::file)
                .noneMatch(file -> file.startsWith("sbt/"));
    }
}
