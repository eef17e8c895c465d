package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Vim's own test harness (src/testdir/runtest.vim): {@code Found errors in Test_discount():} after the test file's
 * messages and again, indented, in the report under {@code Failures:}. Named by the test function. The message is the
 * line below (past the {@code Run 1:}, since Vim 9.0 {@code Run 1, 10:02:05 - 10:02:07:}, of a test retried as flaky)
 * without the call stack Vim puts around it: an assertion's
 * {@code function RunTheTest[52]..Test_discount line 1: Expected 90 but got 80}, an uncaught exception's
 * {@code Caught exception in Test_x(): total: not a number @ function RunTheTest[52]..Test_x, line 1}. An attempt that
 * the harness follows with {@code Flaky test failed, running it again} is not a failure: the test's last attempt
 * decides. An old-style test ({@code test98.in}, its buffer compared with {@code test98.ok}) is reported as
 * {@code test98 FAILED}, with no message. A screen test's {@code RunVimInTerminal() failed, screen contents: ...}
 * joins the screen's rows by {@code <NL>}, the empty rows below the text too: those are left out.
 */
final class VimRuntestFormat implements TestFormat {
    private static final Pattern OLD_STYLE = Pattern.compile("^\\s*(test\\d+[a-z]?) FAILED$");
    private static final Pattern FOUND = Pattern.compile("^\\s*Found errors in (Test_\\w+)\\(\\):$");
    private static final Pattern RUN = Pattern.compile("^\\s*Run \\d+(?:, .+)?:$");
    private static final Pattern ASSERTION = Pattern.compile("^(?:command line\\.\\.|function ).*? line \\d+: (.+)$");
    private static final Pattern EXCEPTION = Pattern.compile("^Caught exception in Test_\\w+\\(\\): (.+) @ .+$");
    private static final String RETRIED = "Flaky test failed, running it again";
    private static final String ROW_BREAK = "<NL>";
    /** How many lines of errors one attempt may print before the harness says that it retries the test. */
    private static final int ATTEMPT_LINES = 5;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        String text = lines.get(index).text();
        Matcher oldStyle = OLD_STYLE.matcher(text);
        if (oldStyle.matches()) {
            return TestFormat.test(lines.get(index), oldStyle.group(1), null);
        }
        Matcher found = FOUND.matcher(text);
        if (!found.matches() || isRetried(lines, index)) {
            return null;
        }
        int below = index + 1;
        if (below < lines.size() && RUN.matcher(lines.get(below).text()).matches()) {
            below++;
        }
        String message = below < lines.size() ? withoutCallStack(lines.get(below).text().strip()) : null;
        return TestFormat.test(lines.get(index), found.group(1), message);
    }

    private static boolean isRetried(List<NormalizedLine> lines, int found) {
        for (int i = found + 1; i < Math.min(lines.size(), found + 1 + ATTEMPT_LINES); i++) {
            String text = lines.get(i).text().strip();
            if (text.equals(RETRIED)) {
                return true;
            }
            if (text.isEmpty() || text.startsWith("Executed ") || FOUND.matcher(text).matches()) {
                return false;
            }
        }
        return false;
    }

    private static String withoutCallStack(String text) {
        if (FOUND.matcher(text).matches()) {
            return null;
        }
        Matcher assertion = ASSERTION.matcher(text);
        if (assertion.matches()) {
            return withoutEmptyRows(assertion.group(1));
        }
        Matcher exception = EXCEPTION.matcher(text);
        return exception.matches() ? exception.group(1) : text;
    }

    private static String withoutEmptyRows(String message) {
        String m = message;
        while (m.endsWith(ROW_BREAK)) {
            m = m.substring(0, m.length() - ROW_BREAK.length());
        }
        return m.isEmpty() ? message : m;
    }
}
