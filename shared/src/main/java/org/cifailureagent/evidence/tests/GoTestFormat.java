package org.cifailureagent.evidence.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * go test: {@code --- FAIL: TestDivide (0.00s)}, subtests as {@code TestTable/by_zero}. The message is the test's
 * first {@code t.Error}/{@code t.Fatal} line ({@code calc_test.go:7: ...}): with -v it comes before the FAIL line,
 * after the test's {@code === RUN}; without -v, and with -v before Go 1.14, it follows, indented. testify's
 * assertions leave that line empty and print a table below it (older testify wrote over the line, and the table's
 * {@code Error Trace:} follows the FAIL line); the message is then its {@code Error:} entry with the lines that
 * continue it ({@code expected: 900}, {@code actual  : 700}).
 */
final class GoTestFormat implements TestFormat {
    private static final Pattern FAIL = Pattern.compile("^\\s*--- FAIL: (\\S+) \\(");
    private static final Pattern REPORT = Pattern.compile("^\\s+\\w+\\.go:\\d+:(?:\\s(.*))?$");
    private static final String TESTIFY_TRACE = "Error Trace:";
    private static final Pattern TESTIFY_ERROR = Pattern.compile("^\\s+Error:\\s+(.*)$");
    /** A label of testify's table, such as {@code Test:       } followed by a tab; its continuation lines have none. */
    private static final Pattern TESTIFY_LABEL = Pattern.compile("^\\s*\\w[\\w ]*:\\s*\\t");
    private static final int REACH = 30;
    /** How far below its report testify's {@code Error:} may be: past an {@code Error Trace:} of several frames. */
    private static final int TESTIFY_REACH = 8;
    private static final int TESTIFY_CONTINUATION = 4;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAIL.matcher(lines.get(index).text());
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        return TestFormat.test(lines.get(index), name, message(lines, index, name));
    }

    private static String message(List<NormalizedLine> lines, int index, String name) {
        String run = "=== RUN   " + name;
        int first = -1;
        boolean ranHere = false;
        for (int i = index - 1; i >= Math.max(0, index - REACH) && !ranHere; i--) {
            String text = lines.get(i).text();
            if (text.equals(run)) {
                ranHere = true;
                continue;
            }
            if (REPORT.matcher(text).matches()) {
                first = i;
            } else if (text.startsWith("=== RUN") || text.stripLeading().startsWith("--- ")) {
                first = -1;
            }
        }
        if (ranHere && first >= 0) {
            return reportAt(lines, first);
        }
        if (index + 1 < lines.size()) {
            String next = lines.get(index + 1).text();
            if (REPORT.matcher(next).matches()) {
                return reportAt(lines, index + 1);
            }
            // Older testify wrote a carriage return over the report's place; its table is all that shows.
            return next.strip().startsWith(TESTIFY_TRACE) ? testifyError(lines, index) : null;
        }
        return null;
    }

    private static String reportAt(List<NormalizedLine> lines, int report) {
        Matcher m = REPORT.matcher(lines.get(report).text());
        String text = m.matches() && m.group(1) != null ? m.group(1).strip() : "";
        return text.isEmpty() || text.startsWith(TESTIFY_TRACE) ? testifyError(lines, report) : text;
    }

    private static String testifyError(List<NormalizedLine> lines, int report) {
        for (int i = report + 1; i < Math.min(lines.size(), report + 1 + TESTIFY_REACH); i++) {
            Matcher error = TESTIFY_ERROR.matcher(lines.get(i).text());
            if (error.matches()) {
                List<String> parts = new ArrayList<>(List.of(error.group(1).strip()));
                for (int j = i + 1; j < Math.min(lines.size(), i + 1 + TESTIFY_CONTINUATION); j++) {
                    String text = lines.get(j).text();
                    if (text.isBlank() || TESTIFY_LABEL.matcher(text).find() || REPORT.matcher(text).matches()) {
                        break;
                    }
                    parts.add(text.strip());
                }
                return String.join(" ", parts).replaceAll("\\s+", " ");
            }
        }
        return null;
    }
}
