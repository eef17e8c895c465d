package org.cifailureagent.evidence;

import java.util.regex.Pattern;

/**
 * A line in which a test runner reports a test that passed or was skipped. A parametrized test's name may quote the
 * very error messages the rules look for ({@code test_match[got: command not found] PASSED [ 33%]}), but such a line
 * never explains a failure, so it is neither a rule's hit nor a candidate.
 */
public final class PassedTestReport {
    /** pytest -v: the node id, the outcome and, unless the terminal is narrow, the progress. */
    private static final Pattern PYTEST_VERBOSE =
            Pattern.compile("^\\S+::\\S.*? (PASSED|SKIPPED|XFAIL|XPASS)(\\s+\\[\\s*\\d+%\\])?\\s*$");

    private PassedTestReport() {
    }

    public static boolean matches(String text) {
        return text.contains("::") && PYTEST_VERBOSE.matcher(text).matches();
    }
}
