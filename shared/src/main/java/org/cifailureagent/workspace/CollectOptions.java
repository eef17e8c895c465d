package org.cifailureagent.workspace;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * How to collect workspace facts, with the bounds that keep it fast on large workspaces and repositories.
 *
 * @param reportGlobs       globs, relative to the workspace, of JUnit-style XML reports
 * @param since             the last green commit, or null
 * @param range             an explicit range (a pull request's base and head), or null; wins over {@code since}
 * @param gitBudget         wall time for all git work (range walk, diffs, blame); what is left is noted
 * @param maxReportBytes    larger reports are skipped
 * @param maxCommits        commits examined at most
 * @param maxFilesPerCommit changed paths kept per commit (all are counted)
 * @param maxBlamedLines    reported lines blamed at most
 */
public record CollectOptions(List<String> reportGlobs, String since, CommitRange range, Duration gitBudget,
                             long maxReportBytes, int maxCommits, int maxFilesPerCommit, int maxBlamedLines)
        implements Serializable {

    public static final List<String> DEFAULT_REPORT_GLOBS = List.of(
            "**/target/surefire-reports/*.xml",
            "**/target/failsafe-reports/*.xml",
            "**/build/test-results/**/*.xml",
            "**/junit*.xml",
            "**/TEST-*.xml",
            "**/test-results/**/*.xml");

    public CollectOptions {
        reportGlobs = List.copyOf(reportGlobs);
    }

    public static CollectOptions defaults() {
        return new CollectOptions(DEFAULT_REPORT_GLOBS, null, null, Duration.ofSeconds(10), 20L << 20, 500, 50, 20);
    }

    public CollectOptions withReportGlobs(List<String> globs) {
        return new CollectOptions(globs, since, range, gitBudget, maxReportBytes, maxCommits, maxFilesPerCommit,
                maxBlamedLines);
    }

    public CollectOptions withSince(String commit) {
        return new CollectOptions(reportGlobs, commit, range, gitBudget, maxReportBytes, maxCommits,
                maxFilesPerCommit, maxBlamedLines);
    }

    public CollectOptions withRange(CommitRange commits) {
        return new CollectOptions(reportGlobs, since, commits, gitBudget, maxReportBytes, maxCommits,
                maxFilesPerCommit, maxBlamedLines);
    }

    public CollectOptions withGitBudget(Duration budget) {
        return new CollectOptions(reportGlobs, since, range, budget, maxReportBytes, maxCommits, maxFilesPerCommit,
                maxBlamedLines);
    }

    public CollectOptions withMaxReportBytes(long bytes) {
        return new CollectOptions(reportGlobs, since, range, gitBudget, bytes, maxCommits, maxFilesPerCommit,
                maxBlamedLines);
    }
}
