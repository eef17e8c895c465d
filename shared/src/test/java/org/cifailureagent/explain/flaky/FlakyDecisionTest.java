package org.cifailureagent.explain.flaky;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.evidence.retries.Attempt;
import org.cifailureagent.evidence.retries.RetriedTest;
import org.cifailureagent.taxonomy.Category;
import org.cifailureagent.workspace.Samples;
import org.junit.Before;
import org.junit.Test;

/**
 * The history was produced by running a really intermittent pytest test on one commit until it had passed and
 * failed (resources/workspace/regenerate.sh); the analyzed build is its last, failing run.
 */
public class FlakyDecisionTest {
    private static final String FLAKY_TEST = "test_flaky.py::test_sometimes";
    private static final FailingTest FAILED = new FailingTest(FLAKY_TEST, "AssertionError: the dice said no", null, 0);

    private History history;

    private static RetriedTest passedOnRetry(String name) {
        return new RetriedTest(name, List.of(Attempt.FAILED, Attempt.PASSED), null, 0);
    }
    private String commit;

    @Before
    public void readHistory() throws IOException {
        history = HistoryReader.read(Samples.sample("flaky/history.jsonl"));
        commit = Files.readString(Samples.sample("flaky/commit.txt")).strip();
    }

    @Test
    public void theProducedHistoryHasPassesAndFailuresOfTheSameCommit() {
        assertThat(history.warnings()).isEmpty();
        assertThat(history.runs()).extracting(HistoryRecord::commit).containsOnly(commit);
        assertThat(history.runs()).anyMatch(HistoryRecord::success);
        assertThat(history.runs()).allMatch(r -> r.success() == r.failingTests().isEmpty());
    }

    @Test
    public void aTestThatFailedNowAndPassedOnTheSameCommitIsFlaky() {
        FlakyVerdict verdict = FlakyDecision.decide(Category.TEST, List.of(FAILED), List.of(), history, commit);

        assertThat(verdict.flaky()).isTrue();
        assertThat(verdict.category()).isEqualTo(Category.FLAKY);
        TestRecord record = verdict.tests().get(0);
        List<HistoryRecord> window = history.last(FlakinessScorer.WINDOW);
        assertThat(record.runs()).isEqualTo(window.size());
        assertThat(record.failures()).isEqualTo((int) window.stream().filter(r -> !r.success()).count());
        assertThat(record.passedOnCommitRuns()).containsExactlyElementsOf(
                history.runs().stream().filter(HistoryRecord::success).map(HistoryRecord::run).toList());
        assertThat(record.flipsOnSameCommit()).isPositive();
        assertThat(record.describe()).contains("passed on this commit in run(s) ");
    }

    @Test
    public void theSameFailureOnANewCommitWithoutPassEvidenceStaysATestFailure() {
        FlakyVerdict verdict = FlakyDecision.decide(Category.TEST, List.of(FAILED), List.of(), history,
                "fedcba9876543210fedcba9876543210fedcba98");

        assertThat(verdict.flaky()).isFalse();
        assertThat(verdict.category()).isEqualTo(Category.TEST);
        assertThat(verdict.reason()).contains("without pass evidence on fedcba9");
        assertThat(verdict.tests().get(0).failureRate()).isPositive();
    }

    @Test
    public void oneHardFailureBesideATestThatPassedOnRetryKeepsTheBuildATestFailure() {
        FailingTest hard = new FailingTest("test_flaky.py::test_stable", "assert 3 == 2", null, 0);

        FlakyVerdict verdict = FlakyDecision.decide(Category.TEST, List.of(FAILED, hard), List.of(passedOnRetry(FLAKY_TEST)), history,
                "fedcba9876543210fedcba9876543210fedcba98");

        assertThat(verdict.flaky()).isFalse();
        assertThat(verdict.category()).isEqualTo(Category.TEST);
        assertThat(verdict.reason()).contains("first test_flaky.py::test_stable;");
        assertThat(verdict.tests()).extracting(TestRecord::name, TestRecord::hasPassEvidence).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FLAKY_TEST, true),
                org.assertj.core.groups.Tuple.tuple("test_flaky.py::test_stable", false));
    }

    @Test
    public void aClassifierGuessOfFlakyWithoutPassEvidenceBecomesTest() {
        FlakyVerdict verdict = FlakyDecision.decide(Category.FLAKY, List.of(FAILED), List.of(), history, "new-commit");

        assertThat(verdict.category()).isEqualTo(Category.TEST);
    }

    @Test
    public void aBuildRedOnlyBecauseOfATestThatPassedOnRetryIsFlaky() {
        FlakyVerdict verdict = FlakyDecision.decide(Category.TEST, List.of(),
                List.of(passedOnRetry("com.example.RetriedTest.passesOnRetry")), null, null);

        assertThat(verdict.flaky()).isTrue();
        assertThat(verdict.tests()).singleElement().satisfies(t -> {
            assertThat(t.passedOnRetry()).isTrue();
            assertThat(t.describe()).isEqualTo("no history, retried in this build: failed, passed");
        });
    }

    @Test
    public void retriedTestsBesideAHardFailureAreEvidenceAndTheCategoryStays() {
        FlakyVerdict verdict = FlakyDecision.decide(Category.COMPILATION, List.of(),
                List.of(passedOnRetry("com.example.RetriedTest.passesOnRetry")), null, null);

        assertThat(verdict.flaky()).isFalse();
        assertThat(verdict.category()).isEqualTo(Category.COMPILATION);
        assertThat(verdict.tests()).extracting(TestRecord::name).containsExactly("com.example.RetriedTest.passesOnRetry");
    }

    @Test
    public void withoutHistoryOrRetriesThereIsNothingToDecide() {
        assertThat(FlakyDecision.decide(Category.TEST, List.of(FAILED), List.of(), null, commit)).isNull();
    }

    @Test
    public void flipsCountOutcomeChangesWithinOneCommitOnly() throws IOException {
        History runs = new History(List.of(
                HistoryReader.parse("{\"run\":\"1\",\"commit\":\"a\",\"result\":\"failure\",\"failingTests\":[\"t\"]}"),
                HistoryReader.parse("{\"run\":\"2\",\"commit\":\"b\",\"result\":\"success\"}"),
                HistoryReader.parse("{\"run\":\"3\",\"commit\":\"a\",\"result\":\"success\"}"),
                HistoryReader.parse("{\"run\":\"4\",\"commit\":\"a\",\"result\":\"failure\",\"failingTests\":[\"t\"]}"),
                HistoryReader.parse("{\"run\":\"5\",\"commit\":\"a\",\"result\":\"failure\",\"failingTests\":[\"u\"]}")),
                List.of());

        TestRecord record = FlakinessScorer.score("t", runs, "a", List.of());

        assertThat(record.flipsOnSameCommit()).isEqualTo(2);
        assertThat(record.runs()).isEqualTo(4);
        assertThat(record.failures()).isEqualTo(2);
        assertThat(record.failureRate()).isEqualTo(0.5);
        assertThat(record.passedOnCommitRuns()).containsExactly("3");
    }

    @Test
    public void aJestTestIsOneTestWhateverItsSeparators() {
        FailingTest header = new FailingTest("cart › loads prices", "expect(received).toEqual(expected)", "log", 5);

        FlakyVerdict verdict = FlakyDecision.decide(Category.TEST, List.of(header),
                List.of(passedOnRetry("cart loads prices")), null, null);

        assertThat(verdict.flaky()).isTrue();
        assertThat(verdict.tests()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("cart › loads prices");
            assertThat(t.attempts()).containsExactly(Attempt.FAILED, Attempt.PASSED);
        });
    }

    @Test
    public void aRetriedTestThatFailedEveryAttemptIsAHardFailureEvenWhenNoFailureLineNamedIt() {
        RetriedTest hard = new RetriedTest("cart › adds up the total",
                List.of(Attempt.FAILED, Attempt.FAILED, Attempt.FAILED), "log", 19);

        FlakyVerdict verdict = FlakyDecision.decide(Category.TEST, List.of(),
                List.of(passedOnRetry("cart loads prices"), hard), null, null);

        assertThat(verdict.flaky()).isFalse();
        assertThat(verdict.category()).isEqualTo(Category.TEST);
        assertThat(verdict.reason()).contains("first cart › adds up the total", "passed on a retry are evidence");
        assertThat(verdict.tests()).extracting(TestRecord::name, TestRecord::passedOnRetry).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cart › adds up the total", false),
                org.assertj.core.groups.Tuple.tuple("cart loads prices", true));
        assertThat(verdict.tests().get(0).describe()).endsWith("retried in this build: failed, failed, failed");
    }

    @Test
    public void historyNamesAreMatchedWhateverTheirSeparators() {
        History jest = new History(List.of(
                new HistoryRecord("1", "c1", null, true, null, null, List.of()),
                new HistoryRecord("2", "c1", null, false, "test", "f", List.of("cart loads prices"))), List.of());

        FlakyVerdict verdict = FlakyDecision.decide(Category.TEST,
                List.of(new FailingTest("cart › loads prices", null, null, 0)), List.of(), jest, "c1");

        assertThat(verdict.flaky()).isTrue();
        assertThat(verdict.tests().get(0).failures()).isEqualTo(1);
        assertThat(verdict.tests().get(0).passedOnCommitRuns()).containsExactly("1");
    }
}
