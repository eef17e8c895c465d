package org.cifailureagent.explain.flaky;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.cifailureagent.evidence.FailingTest;
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
        FlakyVerdict verdict = FlakyDecision.decide(Category.TEST, List.of(FAILED), Set.of(), history, commit);

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
        FlakyVerdict verdict = FlakyDecision.decide(Category.TEST, List.of(FAILED), Set.of(), history,
                "fedcba9876543210fedcba9876543210fedcba98");

        assertThat(verdict.flaky()).isFalse();
        assertThat(verdict.category()).isEqualTo(Category.TEST);
        assertThat(verdict.reason()).contains("without pass evidence on fedcba9");
        assertThat(verdict.tests().get(0).failureRate()).isPositive();
    }

    @Test
    public void oneHardFailureBesideATestThatPassedOnRetryKeepsTheBuildATestFailure() {
        FailingTest hard = new FailingTest("test_flaky.py::test_stable", "assert 3 == 2", null, 0);

        FlakyVerdict verdict = FlakyDecision.decide(Category.TEST, List.of(FAILED, hard), Set.of(FLAKY_TEST), history,
                "fedcba9876543210fedcba9876543210fedcba98");

        assertThat(verdict.flaky()).isFalse();
        assertThat(verdict.category()).isEqualTo(Category.TEST);
        assertThat(verdict.reason()).endsWith("first test_flaky.py::test_stable");
        assertThat(verdict.tests()).extracting(TestRecord::name, TestRecord::hasPassEvidence).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FLAKY_TEST, true),
                org.assertj.core.groups.Tuple.tuple("test_flaky.py::test_stable", false));
    }

    @Test
    public void aClassifierGuessOfFlakyWithoutPassEvidenceBecomesTest() {
        FlakyVerdict verdict = FlakyDecision.decide(Category.FLAKY, List.of(FAILED), Set.of(), history, "new-commit");

        assertThat(verdict.category()).isEqualTo(Category.TEST);
    }

    @Test
    public void aBuildRedOnlyBecauseOfATestThatPassedOnRetryIsFlaky() {
        FlakyVerdict verdict = FlakyDecision.decide(Category.TEST, List.of(),
                Set.of("com.example.RetriedTest.passesOnRetry"), null, null);

        assertThat(verdict.flaky()).isTrue();
        assertThat(verdict.tests()).singleElement().satisfies(t -> {
            assertThat(t.passedOnRetry()).isTrue();
            assertThat(t.describe()).isEqualTo("no history, passed on a retry in this build");
        });
    }

    @Test
    public void retriedTestsBesideAHardFailureAreEvidenceAndTheCategoryStays() {
        FlakyVerdict verdict = FlakyDecision.decide(Category.COMPILATION, List.of(),
                Set.of("com.example.RetriedTest.passesOnRetry"), null, null);

        assertThat(verdict.flaky()).isFalse();
        assertThat(verdict.category()).isEqualTo(Category.COMPILATION);
        assertThat(verdict.tests()).extracting(TestRecord::name).containsExactly("com.example.RetriedTest.passesOnRetry");
    }

    @Test
    public void withoutHistoryOrRetriesThereIsNothingToDecide() {
        assertThat(FlakyDecision.decide(Category.TEST, List.of(FAILED), Set.of(), null, commit)).isNull();
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

        TestRecord record = FlakinessScorer.score("t", runs, "a", false);

        assertThat(record.flipsOnSameCommit()).isEqualTo(2);
        assertThat(record.runs()).isEqualTo(4);
        assertThat(record.failures()).isEqualTo(2);
        assertThat(record.failureRate()).isEqualTo(0.5);
        assertThat(record.passedOnCommitRuns()).containsExactly("3");
    }
}
