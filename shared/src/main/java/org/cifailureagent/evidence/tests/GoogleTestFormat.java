package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * GoogleTest: {@code [  FAILED  ] CalcTest.AverageOfTwo (0 ms)} after the test ran, and again, without the time, in
 * the list at the end. Named {@code CalcTest.AverageOfTwo}, suite and test as GoogleTest and its XML report name them
 * (a parameterized test keeps its {@code Params/CalcP.Works/0}, without GoogleTest's {@code , where GetParam() = 3}).
 * The message is the first line under the assertion's {@code calc_test.cpp:5: Failure}, printed between the test's
 * {@code [ RUN      ]} line and its result.
 */
final class GoogleTestFormat implements TestFormat {
    private static final Pattern FAILED =
            Pattern.compile("^\\[  FAILED  \\] ([\\w/]+\\.[\\w/]+)(?:, where .*?)?( \\(\\d+ ms\\))?$");
    private static final Pattern ASSERTION = Pattern.compile(":\\d+: Failure$");
    /** A test's own output between its RUN and FAILED lines; a long one is not searched for its message. */
    private static final int MAX_TEST_OUTPUT = 200;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAILED.matcher(lines.get(index).text());
        if (!m.matches()) {
            return null;
        }
        String message = m.group(2) == null ? null : message(lines, index, m.group(1));
        return TestFormat.test(lines.get(index), m.group(1), message);
    }

    private static String message(List<NormalizedLine> lines, int failed, String name) {
        String run = "[ RUN      ] " + name;
        int start = failed - 1;
        while (start >= Math.max(0, failed - MAX_TEST_OUTPUT) && !lines.get(start).text().equals(run)) {
            start--;
        }
        for (int i = start + 1; i > 0 && i < failed; i++) {
            if (ASSERTION.matcher(lines.get(i).text()).find()) {
                return TestFormat.nextText(lines, i, 1);
            }
        }
        return null;
    }
}
