package org.cifailureagent.explain.flaky;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.evidence.retries.Attempt;
import org.cifailureagent.evidence.tests.TestNameKey;

/**
 * Scores one test against the history. A passing run counts as a pass of every test; a failing run counts as a
 * failure of the tests it lists and says nothing about the others (they may not have run). Names are compared by
 * {@link TestNameKey}, so a jest test is one test whether its runs were recorded as {@code cart › adds} or
 * {@code cart adds}.
 */
public final class FlakinessScorer {
    /** How many recent runs the failure rate looks at. */
    public static final int WINDOW = 20;

    private FlakinessScorer() {
    }

    /** @param attempts the test's attempts in this build when its runner retried it, else empty */
    public static TestRecord score(String test, History history, String commit, List<Attempt> attempts) {
        String key = TestNameKey.of(test);
        int runs = 0;
        int failures = 0;
        for (HistoryRecord run : history.last(WINDOW)) {
            Boolean failed = outcome(run, key);
            if (failed != null) {
                runs++;
                failures += failed ? 1 : 0;
            }
        }
        Map<String, Boolean> lastByCommit = new HashMap<>();
        int flips = 0;
        List<String> passedOnCommit = new ArrayList<>();
        for (HistoryRecord run : history.runs()) {
            Boolean failed = outcome(run, key);
            if (failed == null || run.commit() == null) {
                continue;
            }
            Boolean previous = lastByCommit.put(run.commit(), failed);
            if (previous != null && !previous.equals(failed)) {
                flips++;
            }
            if (!failed && run.commit().equals(commit)) {
                passedOnCommit.add(run.run() == null ? "?" : run.run());
            }
        }
        return new TestRecord(test, Math.min(WINDOW, history.runs().size()), runs, failures, flips, passedOnCommit,
                attempts);
    }

    /** True: failed; false: passed; null: unknown in that run. */
    private static Boolean outcome(HistoryRecord run, String key) {
        if (run.success()) {
            return false;
        }
        return run.failingTests().stream().anyMatch(t -> TestNameKey.of(t).equals(key)) ? Boolean.TRUE : null;
    }
}
