package org.cifailureagent;

import org.cifailureagent.read.BuildLog;

/**
 * One build to analyze: its log and, optionally, the log of a passing run of the same job.
 *
 * @param passingLog null when no passing log is known
 */
public record AnalysisRequest(BuildLog log, BuildLog passingLog) {
    public static AnalysisRequest of(BuildLog log) {
        return new AnalysisRequest(log, null);
    }
}
