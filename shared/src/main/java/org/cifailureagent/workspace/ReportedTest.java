package org.cifailureagent.workspace;

import java.io.Serializable;

/**
 * A test as a JUnit-style XML report recorded it. {@code name} is canonical (see
 * {@link org.cifailureagent.evidence.FailingTest}); {@code location} is the first stack frame in the project's own
 * files (workspace-relative), null when none could be resolved; {@code report} is the report file, relative to the
 * workspace.
 */
public record ReportedTest(String name, Outcome outcome, String message, SourceLine location, String report)
        implements Serializable {

    public enum Outcome {
        /** An assertion failed. */
        FAILURE,
        /** The test threw or could not run. */
        ERROR,
        /** It failed, then passed when the runner retried it (Surefire {@code flakyFailure}/{@code flakyError}). */
        PASSED_ON_RETRY
    }
}
