package org.cifailureagent.explain.flaky;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.evidence.retries.Attempt;
import org.cifailureagent.evidence.retries.RetriedTest;
import org.cifailureagent.evidence.tests.TestNameKey;
import org.cifailureagent.taxonomy.Category;

/**
 * Decides whether a test failure is flaky. Only pass evidence makes it so: every test that made the build fail
 * passed on the same commit in the job's history, or failed and then passed on a retry in this build (some set-ups
 * fail the build on such flakes: Surefire's {@code failOnFlakeCount}). A failure on a new commit with no such
 * evidence is a {@code test} failure, also when the classifier guessed {@code flaky} (a retry line that passed
 * votes for it, even beside a test that failed on every attempt). Retries usually let a build pass, so a red build with flakes usually failed
 * for another reason: another test that failed on every attempt keeps the category {@code test}; a compilation,
 * dependency… failure keeps its category; the flakes are reported beside it as evidence.
 */
public final class FlakyDecision {
    private FlakyDecision() {
    }

    /**
     * @param failing  the failing tests the log and the reports name
     * @param retried  the tests this build's log or reports show its runner retrying, with their attempts
     * @param history  null when none was given
     * @param commit   the analyzed build's commit, or null
     * @return null when there is nothing to judge with (no history, no retries)
     */
    public static FlakyVerdict decide(Category category, List<FailingTest> failing, List<RetriedTest> retried,
                                      History history, String commit) {
        if (history == null && retried.isEmpty()) {
            return null;
        }
        History known = history != null ? history : new History(List.of(), List.of());
        Map<String, RetriedTest> retriedByKey = new LinkedHashMap<>();
        retried.forEach(t -> retriedByKey.putIfAbsent(TestNameKey.of(t.name()), t));
        Map<String, String> failingByKey = new LinkedHashMap<>();
        failing.forEach(t -> failingByKey.putIfAbsent(TestNameKey.of(t.name()), t.name()));
        // A retried test that failed on every attempt failed the build even when no failure line named it.
        retriedByKey.forEach((key, t) -> {
            if (!t.passedOnRetry() && t.attempts().contains(Attempt.FAILED)) {
                failingByKey.putIfAbsent(key, t.name());
            }
        });

        List<TestRecord> records = new ArrayList<>();
        failingByKey.forEach((key, name) -> records.add(FlakinessScorer.score(name, known, commit,
                attemptsOf(retriedByKey.get(key)))));
        List<TestRecord> retriedOnly = new ArrayList<>();
        retriedByKey.forEach((key, t) -> {
            if (!failingByKey.containsKey(key) && t.passedOnRetry()) {
                retriedOnly.add(FlakinessScorer.score(t.name(), known, commit, t.attempts()));
            }
        });
        List<TestRecord> all = new ArrayList<>(records);
        all.addAll(retriedOnly);

        if (category != Category.TEST && category != Category.FLAKY) {
            return retriedOnly.isEmpty() && records.stream().noneMatch(TestRecord::hasPassEvidence) ? null
                    : new FlakyVerdict(false, category, "the build failed for another reason (" + category
                    + "); flaky tests are evidence beside it", all);
        }
        if (records.isEmpty()) {
            return retriedOnly.isEmpty() ? null : new FlakyVerdict(true, Category.FLAKY, "no test failed for good; "
                    + retriedOnly.size() + " test(s) failed and then passed on a retry", all);
        }
        List<String> hard = records.stream().filter(r -> !r.hasPassEvidence()).map(TestRecord::name).toList();
        if (hard.isEmpty()) {
            return new FlakyVerdict(true, Category.FLAKY, "every failing test has pass evidence (it passed on this "
                    + "commit before, or on a retry)", all);
        }
        String reason = hard.size() + " failing test(s) without pass evidence" + (commit == null ? "" : " on "
                + commit.substring(0, Math.min(7, commit.length()))) + ", first " + hard.get(0)
                + (all.stream().anyMatch(TestRecord::passedOnRetry) ? "; the tests that passed on a retry are "
                + "evidence beside it" : "");
        return new FlakyVerdict(false, Category.TEST, reason, all);
    }

    private static List<Attempt> attemptsOf(RetriedTest test) {
        return test == null ? List.of() : test.attempts();
    }
}
