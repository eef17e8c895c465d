package org.cifailureagent.evidence.ranker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/**
 * The shipped line ranker puts the compiler's own error line first, above the quoted source line and the caret
 * under it (a quoted line may hold any word, "error" included). Real compiler output from src/test/resources/
 * tool-output.
 */
public class CompilerErrorRankingTest {
    private static final Analyzer ANALYZER = Analyzer.builder(new RuleLoader().loadDefault()).build();

    @Test
    public void theCompilersErrorLineRanksFirst() throws URISyntaxException {
        for (String sample : List.of("javac-plain", "gcc-compile", "tsc-plain", "maven-compile")) {
            Path log = Path.of(getClass().getResource("/tool-output/" + sample + ".txt").toURI());
            Report report = ANALYZER.analyze(AnalysisRequest.of(BuildLogs.open(log.toString(), System.in)));

            assertThat(report.warnings()).as(sample).noneMatch(w -> w.contains("without the model"));
            assertThat(report.rootCause().lines().get(0).text()).as(sample)
                    .containsPattern("\\.(java|c|ts)[:(\\[]\\[?\\d+").containsIgnoringCase("error");
        }
    }
}
