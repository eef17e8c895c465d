package org.cifailureagent.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.classify.Signals;
import org.cifailureagent.evidence.Evidence;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.structure.BuildStructure;
import org.cifailureagent.structure.ExitStatus;
import org.cifailureagent.taxonomy.Category;
import org.junit.Test;

/** The two kinds of {@code unknown}: a log that says too little, and a classifier that could not choose. */
public class UnknownSummaryTest {
    private static final Path LOGS = Path.of(System.getProperty("fixtures.dir", "../fixtures/corpus"), "logs");

    @Test
    public void aStepThatExitsWithoutAMessageIsALogThatDoesNotSayWhy() throws IOException {
        Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

        Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open(
                LOGS.resolve("shell-scripts/smoke-exit3-jenkins.log").toString(), System.in)));

        assertThat(report.category()).isEqualTo("unknown");
        assertThat(report.categoryScores().get("unknown")).isEqualTo(report.confidence());
        assertThat(report.summary()).startsWith("The log does not show why the build failed: ")
                .contains("script returned exit code 3");
    }

    @Test
    public void anAnswerBelowTheThresholdIsACauseNotDeterminedWithConfidence() {
        double[] probabilities = new double[Category.values().length];
        probabilities[Category.QUALITY.ordinal()] = 0.3;
        probabilities[Category.TEST.ordinal()] = 0.25;
        probabilities[Category.UNKNOWN.ordinal()] = 0.2;
        probabilities[Category.COMPILATION.ordinal()] = 0.25;
        Classification belowThreshold = Classification.fromProbabilities(probabilities, 0.4);
        Signals exitOnly = new Signals(new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), 1),
                new BuildStructure(List.of(), null, new ExitStatus(1, "log", 1)), List.of(), List.of(), false);

        String summary = new Explainer().explain(belowThreshold, exitOnly, null).summary();

        assertThat(belowThreshold.category()).isEqualTo(Category.UNKNOWN);
        assertThat(summary).isEqualTo("The cause could not be determined with confidence.");
    }
}
