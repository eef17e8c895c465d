package org.cifailureagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Assume;
import org.junit.Test;

/** Analyses that share one analyzer (rules, classifier, rankers) give, at once, exactly what they give one by one. */
public class ConcurrentAnalysisTest {
    @Test
    public void eightAnalysesAtOnceEqualTheSequentialOnes() throws Exception {
        Path fixtures = Path.of(System.getProperty("fixtures.dir", "../fixtures/corpus"));
        Assume.assumeTrue("fixtures corpus absent", Files.isDirectory(fixtures.resolve("logs")));
        ConcurrentAnalyses analyses = new ConcurrentAnalyses(ConcurrentAnalyses.logsIn(fixtures));
        assertThat(analyses.logs()).hasSizeGreaterThan(50);

        List<String> sequential = analyses.sequential();
        List<List<String>> concurrent = analyses.concurrent(8);

        assertThat(concurrent).hasSize(8);
        for (List<String> thread : concurrent) {
            for (int i = 0; i < sequential.size(); i++) {
                assertThat(thread.get(i)).as(analyses.logs().get(i).toString()).isEqualTo(sequential.get(i));
            }
        }
    }
}
