package org.cifailureagent.evidence;

/**
 * A line in which a test runner reports a test that passed, was skipped or failed as expected. A parametrized test's
 * name may quote the very error messages the rules look for ({@code test_match[got: command not found] PASSED [ 33%]}),
 * and a known bug's test quotes its failure, but such a line never explains a build's failure, so it is neither a
 * rule's hit nor a candidate.
 * <p>
 * pytest -v's form, as the regular expression
 * {@code ^[^\s:]+::\S.*? (PASSED|SKIPPED|XFAIL|XPASS)( \(.*\))?(\s+\[\s*\d+%\])?\s*$} reads it: the node id (its
 * file part holds no colon), the outcome, its reason if any and, unless the terminal is narrow, the progress. It is
 * checked by hand because it runs on every such line of a log: java.util.regex took about 7% of a gigabyte's scan.
 * <p>
 * TAP's form ({@code ok 3 - invalid configuration falls back to defaults}, indented under a subtest), which node's
 * test runner, tape, bats and busted print: a test named after the error it checks for passed. node's test runner
 * also names each test before its result ({@code # Subtest: parse invalid json}); the result's line says how it went.
 * <p>
 * An expected failure, reported by a line whose first word is {@code XFAIL} (pytest's short summary, run-tests.php's
 * result line, automake's {@code XFAIL: t.sh}) or that gives its {@code XFAIL REASON:} (run-tests.php's summary): a
 * known bug's test failed, as it was marked to. In LogChunks, none of the 901 lines that say {@code XFAIL} is labeled.
 */
public final class PassedTestReport {
    private static final String[] OUTCOMES = {" PASSED", " SKIPPED", " XFAIL", " XPASS"};
    private static final String SUBTEST = "# Subtest: ";

    private PassedTestReport() {
    }

    public static boolean matches(String text) {
        return isPytestPass(text) || isTapPass(text) || isExpectedFailure(text) || isSubtestName(text);
    }

    private static boolean isSubtestName(String text) {
        return text.startsWith(SUBTEST, firstNonSpace(text));
    }

    private static boolean isExpectedFailure(String text) {
        int xfail = text.indexOf("XFAIL");
        if (xfail < 0) {
            return false;
        }
        int first = firstNonSpace(text);
        int after = first + "XFAIL".length();
        boolean firstWord = xfail == first && (after == text.length() || text.charAt(after) == ' '
                || text.charAt(after) == ':');
        return firstWord || text.indexOf("XFAIL REASON:", xfail) >= 0;
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
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
        if (end > 0 && text.charAt(end - 1) == ')') {
            return hasOutcomeWithReason(text, separator + 3, end);
        }
        for (String outcome : OUTCOMES) {
            int start = end - outcome.length();
            // The outcome's space can only come after "::" and the non-space character after it.
            if (text.startsWith(outcome, start)) {
                return noLineTerminator(text, separator + 3, start);
            }
        }
        return false;
    }

    /** Whether {@code from} to {@code end}, which closes a parenthesis, holds an outcome and its reason. */
    private static boolean hasOutcomeWithReason(String text, int from, int end) {
        if (!noLineTerminator(text, from, end)) {
            return false;
        }
        for (String outcome : OUTCOMES) {
            int start = text.indexOf(outcome + " (", from);
            if (start >= 0 && start + outcome.length() + 2 < end) {
                return true;
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
