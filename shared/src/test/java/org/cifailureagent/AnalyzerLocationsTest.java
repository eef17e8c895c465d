package org.cifailureagent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/** The default finders, wired into the analysis: a real Maven compile failure and a real test failure end to end. */
public class AnalyzerLocationsTest {
    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    private Report analyze(String sample) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/tool-output/" + sample + ".txt")) {
            return analyzer.analyze(AnalysisRequest.of(BuildLogs.open("-", in)));
        }
    }

    @Test
    public void javacFailureYieldsItsLocation() throws Exception {
        Report report = analyze("maven-compile");

        assertThat(report.locations()).isNotEmpty();
        Report.ReportLocation first = report.locations().get(0);
        assertThat(first.file()).endsWith("src/main/java/com/example/App.java");
        assertThat(first.line()).isEqualTo(6);
        assertThat(first.column()).isEqualTo(28);
        assertThat(first.message()).isEqualTo("cannot find symbol");
        assertThat(first.tool()).isEqualTo("javac");
        assertThat(first.number()).isEqualTo(17L);
        assertThat(report.warnings()).noneMatch(w -> w.startsWith("finding"));
    }

    @Test
    public void surefireFailureYieldsItsTests() throws Exception {
        Report report = analyze("maven-junit5");

        assertThat(report.failingTests()).extracting(Report.ReportTest::name)
                .contains("com.example.CalculatorTest.testAdd", "com.example.CalculatorTest.testDivide");
    }
}
