package org.cifailureagent.workspace;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything the analysis needs from a build's workspace, collected where the workspace is (a Jenkins agent, the
 * GitHub runner) and sent to where the log is: small and serializable (Java serialization and JSON alike), bounded by
 * the collector's limits.
 *
 * @param failedTests    tests the reports record as failed or errored
 * @param retriedTests   tests that failed and then passed on a retry (pass evidence for the flaky decision)
 * @param resolvedPaths  for each file the log printed, its path relative to the workspace, when it exists there
 * @param git            null when the workspace is not a git checkout that could be read
 * @param reportsRead    how many report files were parsed
 * @param warnings       reports skipped and anything else the analysis should tell
 */
public record WorkspaceFacts(List<ReportedTest> failedTests, List<ReportedTest> retriedTests,
                             Map<String, String> resolvedPaths, GitFacts git, int reportsRead, List<String> warnings)
        implements Serializable {
    public WorkspaceFacts {
        failedTests = List.copyOf(failedTests);
        retriedTests = List.copyOf(retriedTests);
        resolvedPaths = Map.copyOf(resolvedPaths);
        warnings = List.copyOf(warnings);
    }
}
