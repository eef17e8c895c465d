package org.cifailureagent.evidence.retries;

import java.util.List;

/** The outcome of one attempt of a test that the runner ran more than once. */
public enum Attempt {
    FAILED,
    PASSED;

    /** The test failed, then passed on its last attempt: the pass evidence of a flake. */
    public static boolean passedOnRetry(List<Attempt> attempts) {
        return attempts.size() > 1 && attempts.contains(FAILED) && attempts.get(attempts.size() - 1) == PASSED;
    }

    /** E.g. "failed, failed, passed". */
    public static String record(List<Attempt> attempts) {
        return String.join(", ", attempts.stream().map(Attempt::toString).toList());
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
