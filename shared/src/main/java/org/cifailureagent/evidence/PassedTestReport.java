package org.cifailureagent.evidence;

/**
 * A line in which a test runner reports a test that passed or was skipped. A parametrized test's name may quote the
 * very error messages the rules look for ({@code test_match[got: command not found] PASSED [ 33%]}), but such a line
 * never explains a failure, so it is neither a rule's hit nor a candidate.
 * <p>
 * pytest -v's form, as the regular expression
 * {@code ^[^\s:]+::\S.*? (PASSED|SKIPPED|XFAIL|XPASS)(\s+\[\s*\d+%\])?\s*$} reads it: the node id (its file part holds
 * no colon), the outcome and, unless the terminal is narrow, the progress. It is checked by hand because it runs on
 * every such line of a log: java.util.regex took about 7% of a gigabyte's scan.
 * <p>
 * TAP's form ({@code ok 3 - invalid configuration falls back to defaults}, indented under a subtest), which node's
 * test runner, tape, bats and busted print: a test named after the error it checks for passed.
 */
public final class PassedTestReport {
    private static final String[] OUTCOMES = {" PASSED", " SKIPPED", " XFAIL", " XPASS"};

    private PassedTestReport() {
    }

    public static boolean matches(String text) {
        return isPytestPass(text) || isTapPass(text);
    }

    private static boolean isTapPass(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.startsWith("ok ", i) && i + 3 < text.length() && Character.isDigit(text.charAt(i + 3));
    }

    /** pytest -v's form alone (the regular expression above). */
    static boolean isPytestPass(String text) {
        int separator = nodeIdSeparator(text);
        if (separator < 0) {
            return false;
        }
        int end = withoutProgress(text, withoutTrailingSpace(text, text.length()));
        for (String outcome : OUTCOMES) {
            int start = end - outcome.length();
            // The outcome's space can only come after "::" and the non-space character after it.
            if (text.startsWith(outcome, start)) {
                return noLineTerminator(text, separator + 3, start);
            }
        }
        return false;
    }

    /** The index of the node id's {@code ::}, which must be the line's first colon or whitespace; else -1. */
    private static int nodeIdSeparator(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !isSpace(text.charAt(i)) && text.charAt(i) != ':') {
            i++;
        }
        boolean found = i > 0 && i + 2 < n && text.charAt(i) == ':' && text.charAt(i + 1) == ':'
                && !isSpace(text.charAt(i + 2));
        return found ? i : -1;
    }

    /** Where the text ends without its progress {@code \s+[\s*\d+%]}, or {@code end} when it has none. */
    private static int withoutProgress(String text, int end) {
        int i = end - 1;
        if (i < 1 || text.charAt(i) != ']' || text.charAt(i - 1) != '%') {
            return end;
        }
        i -= 2;
        int digitsEnd = i;
        while (i >= 0 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i--;
        }
        if (i == digitsEnd) {
            return end;
        }
        while (i >= 0 && isSpace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || text.charAt(i) != '[') {
            return end;
        }
        int start = withoutTrailingSpace(text, i);
        return start < i ? start : end;
    }

    private static int withoutTrailingSpace(String text, int end) {
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** {@code .} of java.util.regex: any character but a line terminator. */
    private static boolean noLineTerminator(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** {@code \s} of java.util.regex. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
