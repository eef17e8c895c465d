package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.LogScan;
import org.cifailureagent.Analyzer;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.corpus.CorpusReader;
import org.cifailureagent.evaluation.CorpusDirs;
import org.cifailureagent.evaluation.CorpusEvaluation;
import org.cifailureagent.normalize.LineShape;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/** A passing run of the same job demotes every line it also printed, timestamps and durations aside. */
public class PassingLogTest {
    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    @Test
    public void linesThePassingRunAlsoPrintedRankAfterTheNewOnes() throws Exception {
        List<CorpusEntry> withPassingRun = new CorpusReader().read(CorpusDirs.fixtures()).stream()
                .filter(e -> e.passingLog() != null).toList();
        assertThat(withPassingRun).isNotEmpty();
        for (CorpusEntry entry : withPassingRun) {
            Report report = analyzer.analyze(CorpusEvaluation.requestFor(entry));
            PassingLogBaseline baseline = LogScan.baseline(BuildLogs.open(entry.passingLog().toString(), System.in),
                    new ArrayList<>());

            List<EvidenceLine> lines = report.rootCause().lines();
            assertThat(lines).as(entry.id()).isNotEmpty();
            boolean seenOld = false;
            for (EvidenceLine line : lines) {
                boolean old = baseline.contains(line.text());
                assertThat(!seenOld || old).as(entry.id() + ": a new line ranked after an old one: " + line).isTrue();
                seenOld |= old;
            }
            assertThat(baseline.contains(lines.get(0).text())).as(entry.id() + ": the best line is new").isFalse();
            assertThat(lines.subList(0, Math.min(5, lines.size())))
                    .as(entry.id() + ": a line of the label among the best five")
                    .anyMatch(line -> entry.isRootCauseLine(line.number()));
        }
    }

    @Test
    public void shapesIgnoreTimestampsDurationsAndHashes() {
        PassingLogBaseline baseline = new PassingLogBaseline();
        baseline.add("[INFO] Tests run: 12, Failures: 0, Time elapsed: 0.512 s - in com.example.AppTest");
        baseline.add("Downloaded e3b0c44298fc1c149afbf4c8996fb924 into /tmp/build-8812/cache");

        assertThat(baseline.contains("[INFO] Tests run: 12, Failures: 0, Time elapsed: 3.9 s - in com.example.AppTest"))
                .isTrue();
        assertThat(baseline.contains("Downloaded 0a1b2c3d4e5f60718293a4b5c6d7e8f9 into /tmp/build-1234/cache"))
                .isTrue();
        assertThat(baseline.contains("[ERROR] Tests run: 12, Failures: 1, Time elapsed: 0.5 s <<< FAILURE!"))
                .isFalse();
        assertThat(LineShape.of("took 12ms")).isEqualTo(LineShape.of("took 7ms"));
    }
}
