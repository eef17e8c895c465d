package org.cifailureagent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.GitHubMarkdown;
import org.cifailureagent.report.Report;
import org.cifailureagent.report.ReportJson;
import org.cifailureagent.report.TextReport;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.taxonomy.Category;
import org.cifailureagent.workspace.CollectOptions;
import org.cifailureagent.workspace.Samples;
import org.cifailureagent.workspace.WorkspaceStep;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Retries printed in real logs (resources/workspace/samples/retries and surefire, see regenerate-retries.sh) fill
 * the report's {@code flaky} field, through the whole analysis: a build red only because of a flake is
 * {@code flaky}; flakes beside a hard failure are evidence and the hard failure keeps its category.
 */
public class RetriesAnalysisTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    private Report analyze(String sample) throws IOException {
        return analyzer.analyze(AnalysisRequest.of(BuildLogs.open(Samples.sample(sample).toString(), System.in)));
    }

    @Test
    public void aBuildRedOnlyBecauseSurefireFailsOnFlakesIsFlaky() throws IOException {
        Report report = analyze("retries/surefire-flakes-only.log");

        assertThat(report.category()).isEqualTo("flaky");
        assertThat(report.flaky().flaky()).isTrue();
        assertThat(report.flaky().tests()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("com.example.CacheTest.answersQuicklyWhenWarm");
            assertThat(t.passedOnRetry()).isTrue();
            assertThat(t.attempts()).containsExactly("failed", "passed");
            assertThat(t.record()).isEqualTo("no history, retried in this build: failed, passed");
        });
        assertThat(report.summary()).startsWith("A flaky test failed")
                .endsWith("(test com.example.CacheTest.answersQuicklyWhenWarm).");
        assertThat(GitHubMarkdown.render(report, GitHubMarkdown.Context.none(), GitHubMarkdown.STEP_SUMMARY_BYTES)).contains("**Flaky**",
                "`com.example.CacheTest.answersQuicklyWhenWarm`: no history, retried in this build: failed, passed");
        assertThat(TextReport.render(report)).contains("flaky:      yes",
                "com.example.CacheTest.answersQuicklyWhenWarm  no history, retried in this build: failed, passed");
        assertThat(ReportJson.read(ReportJson.compact(report))).isEqualTo(report);
    }

    @Test
    public void aJUnit5ParameterizedInvocationIsFlakyByItsFullName() throws IOException {
        Report report = analyze("retries/surefire-junit5-flake.log");

        assertThat(report.category()).isEqualTo("flaky");
        assertThat(report.flaky().tests()).extracting(Report.FlakyTest::name, Report.FlakyTest::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("com.example.WarmUpTest.growsThePool(int)[2]",
                        java.util.List.of("failed", "passed")));
    }

    @Test
    public void theSurefireReportOfTheSameBuildAddsNoSecondRecord() throws IOException {
        Path workspace = Files.createDirectories(temp.getRoot().toPath().resolve("ws/target/surefire-reports"));
        Files.copy(Samples.sample("retries/TEST-com.example.CacheTest.xml"),
                workspace.resolve("TEST-com.example.CacheTest.xml"));

        Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open(
                        Samples.sample("retries/surefire-flakes-only.log").toString(), System.in))
                .withWorkspace(WorkspaceStep.local(temp.getRoot().toPath().resolve("ws"), CollectOptions.defaults())));

        assertThat(report.category()).isEqualTo("flaky");
        assertThat(report.flaky().tests()).extracting(Report.FlakyTest::name)
                .containsExactly("com.example.CacheTest.answersQuicklyWhenWarm");
        assertThat(report.flaky().tests().get(0).attempts()).containsExactly("failed", "passed");
    }

    @Test
    public void aFlakeBesideACompilationErrorIsEvidenceAndTheBuildStaysACompilationFailure() throws IOException {
        Report report = analyze("retries/maven-flakes-and-compile-error.log");

        assertThat(report.category()).isEqualTo("compilation");
        assertThat(report.flaky().flaky()).isFalse();
        assertThat(report.flaky().reason()).contains("another reason (compilation)");
        // Whatever ranks first (here the flake's failure did), the summary quotes the compilation error.
        assertThat(report.summary()).startsWith("The code did not compile: /")
                .contains("Checkout.java:[5,29]").doesNotContain("PriceTest");
        assertThat(report.flaky().tests()).extracting(Report.FlakyTest::name, Report.FlakyTest::passedOnRetry)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("com.example.PriceTest.loadsPricesInTime", true));
        assertThat(GitHubMarkdown.render(report, GitHubMarkdown.Context.none(), GitHubMarkdown.STEP_SUMMARY_BYTES)).contains("**Flaky evidence**",
                "`com.example.PriceTest.loadsPricesInTime`: no history, retried in this build: failed, passed");
    }

    @Test
    public void aClassifiersFlakyGuessDoesNotHideACompileErrorBesideFlakes() throws IOException {
        Report report = analyzeGuessing(Category.FLAKY, Category.COMPILATION, "retries/maven-flakes-and-compile-error.log");

        assertThat(report.category()).isEqualTo("compilation");
        assertThat(report.flaky().flaky()).isFalse();
        assertThat(report.summary()).contains("Checkout.java:[5,29]");
    }

    @Test
    public void aClassifiersFlakyGuessStandsWhenFlakesAloneFailedTheBuild() throws IOException {
        Report report = analyzeGuessing(Category.FLAKY, Category.TEST, "retries/surefire-flakes-only.log");

        assertThat(report.category()).isEqualTo("flaky");
        assertThat(report.flaky().flaky()).isTrue();
    }

    @Test
    public void aConfidentFlakyGuessStandsWhenFlakesAloneFailedTheBuildWhateverTheNoiseBelowIt() throws IOException {
        Report report = analyzeGuessing(Category.FLAKY, 0.98, Category.QUALITY, 0.004,
                "retries/surefire-flakes-only.log");

        assertThat(report.category()).isEqualTo("flaky");
        assertThat(report.flaky().flaky()).isTrue();
    }

    /** An analyzer whose classifier always answers {@code first}, with {@code second} as the runner-up. */
    private static Report analyzeGuessing(Category first, Category second, String sample) throws IOException {
        return analyzeGuessing(first, 0.6, second, 0.32, sample);
    }

    private static Report analyzeGuessing(Category first, double firstScore, Category second, double secondScore,
                                          String sample) throws IOException {
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            scores.put(c, (1 - firstScore - secondScore) / (Category.values().length - 2));
        }
        scores.put(first, firstScore);
        scores.put(second, secondScore);
        Analyzer guessing = Analyzer.builder(new RuleLoader().loadDefault())
                .classifier(signals -> new Classification(first, firstScore, scores), "stub", "test").build();
        return guessing.analyze(AnalysisRequest.of(BuildLogs.open(Samples.sample(sample).toString(), System.in)));
    }

    @Test
    public void aSurefireFlakeBesideTestsThatFailedEveryRunIsEvidenceOfATestFailure() throws IOException {
        Report report = analyze("surefire/mvn-test.log");

        assertThat(report.category()).isEqualTo("test");
        assertThat(report.flaky().flaky()).isFalse();
        assertThat(report.flaky().reason()).startsWith("2 failing test(s) without pass evidence, first "
                + "com.example.CalcTest.");
        assertThat(report.failingTests().get(0).name()).isEqualTo("com.example.RetriedTest.passesOnRetry");
        assertThat(report.summary()).endsWith("(2 tests, first com.example.CalcTest.addsTwoNumbers).");
        assertThat(report.flaky().tests()).filteredOn(Report.FlakyTest::passedOnRetry)
                .extracting(Report.FlakyTest::name).containsExactly("com.example.RetriedTest.passesOnRetry");
        assertThat(report.flaky().tests()).filteredOn(t -> !t.passedOnRetry())
                .allSatisfy(t -> assertThat(t.attempts()).containsExactly("failed", "failed", "failed"));
    }

    @Test
    public void aFailsafeFlakeBesideAnIntegrationTestThatFailedEveryRunIsEvidenceOfATestFailure() throws IOException {
        Report report = analyze("retries/failsafe-flake-and-failure.log");

        assertThat(report.category()).isEqualTo("test");
        assertThat(report.flaky().flaky()).isFalse();
        assertThat(report.summary()).endsWith("(test com.example.OrderServiceIT.countsOrders).");
        assertThat(report.flaky().tests()).extracting(Report.FlakyTest::name, Report.FlakyTest::passedOnRetry)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("com.example.OrderServiceIT.countsOrders", false),
                        org.assertj.core.groups.Tuple.tuple("com.example.OrderServiceIT.answersOnceStarted", true));
    }

    @Test
    public void aPytestRerunThatPassedBesideATestThatFailedEveryRerunIsEvidenceOfATestFailure() throws IOException {
        // The classifier says flaky here (the RERUN lines match the retry-passed rule); the decision corrects it.
        for (String sample : new String[] {"retries/pytest-reruns.log", "retries/pytest-reruns-verbose.log"}) {
            Report report = analyze(sample);

            assertThat(report.category()).as(sample).isEqualTo("test");
            assertThat(report.flaky().flaky()).isFalse();
            assertThat(report.flaky().reason()).contains("first tests/test_orders.py::test_totals");
            assertThat(report.flaky().tests()).extracting(Report.FlakyTest::name, Report.FlakyTest::passedOnRetry)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("tests/test_orders.py::test_totals", false),
                            org.assertj.core.groups.Tuple.tuple("tests/test_orders.py::test_ships_in_time", true));
        }
    }

    @Test
    public void pytestRerunsCountedButNotNamedGiveNoEvidence() throws IOException {
        Report report = analyze("retries/pytest-reruns-quiet.log");

        assertThat(report.category()).isEqualTo("test");
        assertThat(report.flaky()).isNull();
    }

    @Test
    public void aJestRetryThatPassedBesideATestThatFailedEveryRetryIsEvidenceOfATestFailure() throws IOException {
        Report report = analyze("retries/jest-retries.log");

        assertThat(report.category()).isEqualTo("test");
        assertThat(report.flaky().flaky()).isFalse();
        assertThat(report.flaky().tests()).extracting(Report.FlakyTest::name, Report.FlakyTest::attempts)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cart › adds up the total",
                                java.util.List.of("failed", "failed", "failed")),
                        org.assertj.core.groups.Tuple.tuple("cart › loads prices",
                                java.util.List.of("failed", "passed")));
        assertThat(GitHubMarkdown.render(report, GitHubMarkdown.Context.none(), GitHubMarkdown.STEP_SUMMARY_BYTES)).contains("**Flaky evidence**", "`cart › loads prices`");
    }
}
