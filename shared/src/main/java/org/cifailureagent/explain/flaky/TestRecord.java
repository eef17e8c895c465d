package org.cifailureagent.explain.flaky;

import java.util.List;

/**
 * One test's record in the job's history and this build.
 *
 * @param runs                runs of the last {@code window} in which the test's outcome is known (a passing run,
 *                            or a failing run that lists it)
 * @param failures            of those, the runs in which it failed
 * @param flipsOnSameCommit   how often its outcome changed between consecutive runs of one commit (whole history)
 * @param passedOnCommitRuns  runs of this build's commit that passed (pass evidence)
 * @param passedOnRetry       this build's reports or log show it failing and then passing on a retry
 */
public record TestRecord(String name, int window, int runs, int failures, int flipsOnSameCommit,
                         List<String> passedOnCommitRuns, boolean passedOnRetry) {
    public TestRecord {
        passedOnCommitRuns = List.copyOf(passedOnCommitRuns);
    }

    /** Failure rate over the runs with a known outcome, 0 when none. */
    public double failureRate() {
        return runs == 0 ? 0 : (double) failures / runs;
    }

    public boolean hasPassEvidence() {
        return passedOnRetry || !passedOnCommitRuns.isEmpty();
    }

    /** E.g. "failed in 7 of the last 20 runs, 3 flips on one commit, passed on this commit in runs 4, 9". */
    public String describe() {
        StringBuilder text = new StringBuilder(window == 0 ? "no history"
                : "failed in " + failures + " of " + runs + " runs with a known outcome (last " + window + ")");
        if (flipsOnSameCommit > 0) {
            text.append(", ").append(flipsOnSameCommit).append(" pass/fail flip(s) on one commit");
        }
        if (!passedOnCommitRuns.isEmpty()) {
            text.append(", passed on this commit in run(s) ").append(String.join(", ",
                    passedOnCommitRuns.subList(0, Math.min(5, passedOnCommitRuns.size()))));
        }
        if (passedOnRetry) {
            text.append(", passed on a retry in this build");
        }
        return text.toString();
    }
}
