package org.cifailureagent.evidence;

import java.util.regex.Pattern;

/**
 * A line in which a test runner reports a test that passed or was skipped. A parametrized test's name may quote the
 * very error messages the rules look for ({@code test_match[got: command not found] PASSED [ 33%]}), but such a line
 * never explains a failure, so it is neither a rule's hit nor a candidate.
 */
public final class PassedTestReport {
    /**
     * pytest -v: the node id (its file part holds no colon, so the match cannot backtrack over a line of many
     * {@code ::}), the outcome and, unless the terminal is narrow, the progress.
     */
    private static final Pattern PYTEST_VERBOSE =
            Pattern.compile("^[^\\s:]+::\\S.*? (PASSED|SKIPPED|XFAIL|XPASS)(\\s+\\[\\s*\\d+%\\])?\\s*$");
    private static final String[] OUTCOMES = {" PASSED", " SKIPPED", " XFAIL", " XPASS"};

    private PassedTestReport() {
    }

    public static boolean matches(String text) {
        return text.contains("::") && hasOutcome(text) && PYTEST_VERBOSE.matcher(text).matches();
    }

    /** A cheap test first: most lines that hold {@code ::} (C++, Rust, PHP names) name no outcome. */
    private static boolean hasOutcome(String text) {
        for (String outcome : OUTCOMES) {
            if (text.contains(outcome)) {
                return true;
            }
        }
        return false;
    }
}
