package org.cifailureagent.jenkins;

import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cifailureagent.explain.flaky.History;
import org.cifailureagent.explain.flaky.ReportHistory;

/** What earlier builds of the same job tell: the last passing build and the job's recent history. */
final class PreviousBuilds {
    /** Earlier builds looked at for the history; each costs a read of its environment and maybe its report. */
    static final int HISTORY_BUILDS = 30;

    private PreviousBuilds() {
    }

    /** The commit a build checked out, as the Git plugin tells it ({@code GIT_COMMIT}), or null. */
    static String commitOf(Run<?, ?> build) {
        FailureAnalysisAction action = build.getAction(FailureAnalysisAction.class);
        if (action != null && action.getCommit() != null) {
            return action.getCommit();
        }
        try {
            return build.getEnvironment(TaskListener.NULL).get("GIT_COMMIT");
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The job's last {@link #HISTORY_BUILDS} completed builds before {@code run}, oldest first. */
    static History history(Run<?, ?> run) {
        List<ReportHistory.Run> runs = new ArrayList<>();
        for (Run<?, ?> b = run.getPreviousCompletedBuild(); b != null && runs.size() < HISTORY_BUILDS;
                b = b.getPreviousCompletedBuild()) {
            Result result = b.getResult();
            if (result == null || result == Result.ABORTED || result == Result.NOT_BUILT) {
                continue;
            }
            boolean success = result == Result.SUCCESS;
            runs.add(new ReportHistory.Run(String.valueOf(b.getNumber()), commitOf(b),
                    Instant.ofEpochMilli(b.getTimeInMillis()).toString(), success,
                    success || b.getAction(FailureAnalysisAction.class) == null ? null : ReportFiles.read(b)));
        }
        Collections.reverse(runs);
        return ReportHistory.of(runs);
    }
}
