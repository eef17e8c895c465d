package org.cifailureagent.explain.flaky;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.taxonomy.Category;

/**
 * Decides whether a test failure is flaky. Only pass evidence makes it so: every test that made the build fail
 * passed on the same commit in the job's history, or failed and then passed on a retry in this build. A failure on
 * a new commit with no such evidence is a {@code test} failure. When the build failed for another reason
 * (compilation, dependency…), retried tests are reported beside it and the category stays.
 */
public final class FlakyDecision {
    private FlakyDecision() {
    }

    /**
     * @param history       null when none was given
     * @param commit        the analyzed build's commit, or null
     * @param passedOnRetry tests this build's reports or log show passing on a retry
     * @return null when there is nothing to judge with (no history, no retries)
     */
    public static FlakyVerdict decide(Category category, List<FailingTest> failing, Set<String> passedOnRetry,
                                      History history, String commit) {
        if (history == null && passedOnRetry.isEmpty()) {
            return null;
        }
        History known = history != null ? history : new History(List.of(), List.of());
        Set<String> names = new LinkedHashSet<>();
        failing.forEach(t -> names.add(t.name()));
        List<TestRecord> records = new ArrayList<>();
        for (String name : names) {
            records.add(FlakinessScorer.score(name, known, commit, passedOnRetry.contains(name)));
        }
        List<TestRecord> retriedOnly = new ArrayList<>();
        for (String name : passedOnRetry) {
            if (!names.contains(name)) {
                retriedOnly.add(FlakinessScorer.score(name, known, commit, true));
            }
        }
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
        Category decided = history != null || category == Category.TEST ? Category.TEST : category;
        String reason = hard.size() + " failing test(s) without pass evidence" + (commit == null ? "" : " on "
                + commit.substring(0, Math.min(7, commit.length()))) + ", first " + hard.get(0);
        return new FlakyVerdict(false, decided, reason, all);
    }
}
