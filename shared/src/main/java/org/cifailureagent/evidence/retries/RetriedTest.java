package org.cifailureagent.evidence.retries;

import java.util.List;

/**
 * A test the runner ran more than once in this build, with each attempt's outcome in order. {@code name} is
 * canonical (see {@link org.cifailureagent.evidence.FailingTest}) as far as the runner prints it; {@code source}
 * and {@code number} locate the line that named it (null/0 when it came from a test report). The last attempt may
 * be missing when the log does not show it (then {@link #passedOnRetry()} is false).
 */
public record RetriedTest(String name, List<Attempt> attempts, String source, long number) {
    public RetriedTest {
        attempts = List.copyOf(attempts);
    }

    /** It failed, then passed on its last attempt: the pass evidence of a flake. */
    public boolean passedOnRetry() {
        return Attempt.passedOnRetry(attempts);
    }
}
