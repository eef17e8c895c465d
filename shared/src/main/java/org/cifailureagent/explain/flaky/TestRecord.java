package org.cifailureagent.explain.flaky;

import java.util.List;
import org.cifailureagent.evidence.retries.Attempt;

/**
 * One test's record in the job's history and this build.
 *
 * @param runs                runs of the last {@code window} in which the test's outcome is known (a passing run,
 *                            or a failing run that lists it)
 * @param failures            of those, the runs in which it failed
 * @param flipsOnSameCommit   how often its outcome changed between consecutive runs of one commit (whole history)
 * @param passedOnCommitRuns  runs of this build's commit that passed (pass evidence)
 * @param attempts            its attempts in this build when the runner retried it, in order; empty when it was not
 *                            retried (or the retries are not known)
 */
public record TestRecord(String name, int window, int runs, int failures, int flipsOnSameCommit,
                         List<String> passedOnCommitRuns, List<Attempt> attempts) {
    public TestRecord {
        passedOnCommitRuns = List.copyOf(passedOnCommitRuns);
        attempts = List.copyOf(attempts);
    }

    /** Failure rate over the runs with a known outcome, 0 when none. */
    public double failureRate() {
        return runs == 0 ? 0 : (double) failures / runs;
    }

    /** This build's runner retried it: it failed, then passed on its last attempt. */
    public boolean passedOnRetry() {
        return Attempt.passedOnRetry(attempts);
    }

    public boolean hasPassEvidence() {
        return passedOnRetry() || !passedOnCommitRuns.isEmpty();
    }

    /**
     * E.g. "failed in 7 of 12 runs with a known outcome (last 20), 3 pass/fail flip(s) on one commit, passed on this
     * commit in run(s) 4, 9" or "no history, retried in this build: failed, passed".
     */
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
        if (attempts.size() > 1) {
            text.append(", retried in this build: ")
                    .append(Attempt.record(attempts));
        }
        return text.toString();
    }
}
