package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * go test: {@code --- FAIL: TestDivide (0.00s)}, subtests as {@code TestTable/by_zero}. The message is the test's
 * first {@code t.Error}/{@code t.Fatal} line ({@code calc_test.go:7: ...}): with -v it comes before the FAIL line,
 * after the test's {@code === RUN}; without -v, and with -v before Go 1.14, it follows, indented.
 */
final class GoTestFormat implements TestFormat {
    private static final Pattern FAIL = Pattern.compile("^\\s*--- FAIL: (\\S+) \\(");
    private static final Pattern REPORT = Pattern.compile("^\\s+\\w+\\.go:\\d+: (.*)$");
    private static final int REACH = 30;

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
        String first = null;
        boolean ranHere = false;
        for (int i = index - 1; i >= Math.max(0, index - REACH) && !ranHere; i--) {
            String text = lines.get(i).text();
            if (text.equals(run)) {
                ranHere = true;
                continue;
            }
            Matcher report = REPORT.matcher(text);
            if (report.matches()) {
                first = report.group(1);
            } else if (text.startsWith("=== RUN") || text.stripLeading().startsWith("--- ")) {
                first = null;
            }
        }
        if (ranHere && first != null) {
            return first;
        }
        if (index + 1 < lines.size()) {
            Matcher after = REPORT.matcher(lines.get(index + 1).text());
            if (after.matches()) {
                return after.group(1);
            }
        }
        return null;
    }
}
