package org.cifailureagent;

import org.cifailureagent.explain.flaky.History;
import org.cifailureagent.read.BuildLog;
import org.cifailureagent.workspace.WorkspaceStep;

/**
 * One build to analyze: its log and, optionally, the log of a passing run of the same job, the step that collects
 * facts from its workspace (test reports, git; the commit range to examine is part of that step's options), the
 * job's history and the build's commit.
 *
 * @param passingLog null when no passing log is known
 * @param workspace  null when there is no workspace to look at
 * @param history    null when no history is kept
 * @param commit     the analyzed build's commit, for the history; null: the workspace's HEAD, if any
 */
public record AnalysisRequest(BuildLog log, BuildLog passingLog, WorkspaceStep workspace, History history,
                              String commit) {
    public AnalysisRequest(BuildLog log, BuildLog passingLog) {
        this(log, passingLog, null, null, null);
    }

    public static AnalysisRequest of(BuildLog log) {
        return new AnalysisRequest(log, null);
    }

    public AnalysisRequest withWorkspace(WorkspaceStep step) {
        return new AnalysisRequest(log, passingLog, step, history, commit);
    }

    public AnalysisRequest withHistory(History runs, String buildCommit) {
        return new AnalysisRequest(log, passingLog, workspace, runs, buildCommit);
    }
}
