package org.cifailureagent.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.evidence.Evidence;
import org.cifailureagent.evidence.EvidenceLine;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.evidence.ToolOutput;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.taxonomy.Category;
import org.junit.Test;

/**
 * Which ranked line the summary quotes when the best one is a header that names no place: the line just below it
 * that names file and line, as a developer would read on. A real log of our fixture projects (fixtures/README.md).
 */
public class SummaryQuoteTest {
    private static final Path LOGS = Path.of(System.getProperty("fixtures.dir", "../fixtures/corpus"), "logs");
    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    @Test
    public void aHeaderThatNamesNoPlaceGivesWayToTheLineBelowItThatDoes() throws IOException {
        Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open(
                LOGS.resolve("py-app/too-many-open-files-gha.log").toString(), System.in)));

        assertThat(report.rootCause().lines().get(0).text()).contains("____ test_exports_all_reports ____");
        assertThat(report.category()).isEqualTo("resource");
        assertThat(report.summary()).startsWith("The build ran out of a machine resource: FAILED "
                + "tests/test_export.py::test_exports_all_reports - OSError: [Errno 24] Too many open files")
                .doesNotContain("____");
    }

    @Test
    public void pytestsSectionHeaderIsQuotedByTheSectionsError() throws IOException {
        Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open(
                LOGS.resolve("py-app/module-not-found-gha.log").toString(), System.in)));

        assertThat(report.rootCause().lines().get(0).text()).contains("____ ERROR collecting tests/test_rates.py ____");
        assertThat(report.summary()).isEqualTo("A dependency could not be resolved: ModuleNotFoundError: No module "
                + "named 'httpx' in step 'Run python3 -m pytest -ra'.");
    }

    @Test
    public void mavensLevelMarkerIsLeftOutOfTheQuote() throws IOException {
        Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open(
                LOGS.resolve("maven-app/javac-missing-symbol-gha.log").toString(), System.in)));

        assertThat(report.rootCause().lines().get(0).text()).startsWith("[ERROR] /");
        assertThat(report.summary()).startsWith("The code did not compile: /")
                .contains("Calculator.java:[7,24] cannot find symbol").doesNotContain("[ERROR]");
    }

    @Test
    public void theQuotesOwnFullStopOrColonIsNotDoubledByTheSentences() throws IOException {
        assertThat(summaryOf("tool-output/phpunit.txt")).isEqualTo("A test failed: Failed asserting that 14 is "
                + "identical to 7 (test CartTest::testSumsThePricesOfItsItems).");
        assertThat(summaryOf("tool-output/behave.txt"))
                .isEqualTo("A test failed: Failing scenarios: features/cart.feature:3 Adding two items.");
    }

    @Test
    public void aHeadingOfAWordOrTwoIsNotQuotedWithTheNextParagraph() throws IOException {
        assertThat(summaryOf("tool-output/maven-fork-killed.txt"))
                .isEqualTo("The build ran out of a machine resource: Killed.");
    }

    @Test
    public void aLineThatHoldsNothingButAPlaceIsQuotedByItsMessage() throws IOException {
        assertThat(summaryOf("tool-output/cargo-deny-warnings.txt"))
                .isEqualTo("The code did not compile: unused variable: `index` (at src/main.rs:3).");
    }

    @Test
    public void aLineThatEndsInAColonIsQuotedWithTheDetailIndentedBelowIt() throws IOException {
        assertThat(summaryOf("tool-output/cmake-boost-component-missing.txt")).startsWith("A dependency could not be "
                + "resolved: CMake Error at /usr/lib/x86_64-linux-gnu/cmake/Boost-1.74.0/BoostConfig.cmake:141 "
                + "(find_package): Could not find a package configuration file provided by");
        assertThat(summaryOf("tool-output/ghc.txt"))
                .isEqualTo("The code did not compile: Main.hs:7:28: error: • Couldn't match type ‘[Char]’ with ‘Int’.");
        // CMake leaves a blank line between "Cannot find source file:" and the file.
        assertThat(summaryOf("tool-output/cmake-config-error.txt"))
                .endsWith(": Cannot find source file: src/totals.c.");
    }

    /**
     * ESLint's stylish format heads its findings with the file's full path. The shipped ranker puts the finding first
     * in our ESLint logs today; where a ranker puts the path first, the quote is the path and the finding below it.
     */
    @Test
    public void aFilesFullPathHeadsTheFindingBelowIt() {
        LogBlock block = ToolOutput.blocks("eslint").get(0);
        NormalizedLine path = lineEndingWith(block, "/eslint/src/app.js");

        assertThat(quotedFirst(block, path))
                .isEqualTo(path.text() + ": 1:7 error 'unused' is assigned a value but never used no-unused-vars");
    }

    /** pip indents a build backend's output, its traceback's header and exception alike, by six spaces. */
    @Test
    public void anIndentedTracebackIsQuotedByItsException() {
        LogBlock block = ToolOutput.blocks("pyproject-invalid").get(0);
        NormalizedLine header = lineEndingWith(block, "(most recent call last):");

        assertThat(header.text()).startsWith("      Traceback");
        assertThat(quotedFirst(block, header)).isEqualTo("ValueError: invalid pyproject.toml config: `project`.");
    }

    private static NormalizedLine lineEndingWith(LogBlock block, String end) {
        return block.lines().stream().filter(line -> line.text().endsWith(end)).findFirst().orElseThrow();
    }

    /** The quote of {@code line} where a ranker put it first, with its block as the evidence. */
    private static String quotedFirst(LogBlock block, NormalizedLine line) {
        Evidence evidence = new Evidence(List.of(), List.of(), List.of(), List.of(block), List.of(),
                block.lines().size());
        return Quote.withLineBelowAHeading(new EvidenceLine(block.source(), line.number(), line.text()), evidence,
                false);
    }

    /** The category is given (a stub classifier), so that only the choice of the quote is under test. */
    @Test
    public void aStepsExitRankedFirstGivesWayToTheErrorTheStepPrinted() throws IOException {
        Report report = analyzeAs(Category.INFRASTRUCTURE, "ts-npm/npm-audit-endpoint-error-gha.log");

        assertThat(report.rootCause().lines().get(0).text()).isEqualTo("Process completed with exit code 1.");
        assertThat(report.summary()).isEqualTo("The CI environment failed, not the code: npm error audit endpoint "
                + "returned an error in step 'Run npm audit --audit-level=high --omit=dev'.");
    }

    @Test
    public void aStepsExitStaysWhereTheStepPrintedNoErrorOrTheCauseIsUnknown() throws IOException {
        assertThat(analyzeAs(Category.CONFIGURATION, "shell-scripts/smoke-exit3-gha.log").summary())
                .contains(": Process completed with exit code 3 in step");
        assertThat(analyzeAs(Category.UNKNOWN, "ts-npm/npm-audit-endpoint-error-gha.log").summary())
                .contains(": Process completed with exit code 1 in step");
    }

    private static Report analyzeAs(Category category, String fixtureLog) throws IOException {
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            scores.put(c, c == category ? 0.91 : 0.01);
        }
        Analyzer deciding = Analyzer.builder(new RuleLoader().loadDefault())
                .classifier(signals -> new Classification(category, 0.91, scores), "stub", "test").build();
        return deciding.analyze(AnalysisRequest.of(BuildLogs.open(LOGS.resolve(fixtureLog).toString(), System.in)));
    }

    @Test
    public void aStackFrameRankedFirstGivesWayToTheErrorAboveIt() throws IOException {
        assertThat(summaryOf("tool-output/node-syntax.txt")).endsWith(": SyntaxError: Unexpected token '}'.")
                .doesNotContain("wrapSafe");
    }

    @Test
    public void aListOfTheTestsThatTheSentenceNamesIsNotQuoted() throws IOException {
        Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open(
                LOGS.resolve("ts-npm/jest-retry-flaky-gha.log").toString(), System.in)));

        assertThat(report.summary()).startsWith("A flaky test failed (it also passed on the same code): Flaky tests "
                + "detected (1) (test inventory reserves stock within 50 ms)");
    }

    private String summaryOf(String sample) throws IOException {
        return analyzer.analyze(AnalysisRequest.of(BuildLogs.open(
                Path.of("src/test/resources", sample).toString(), System.in))).summary();
    }
}
