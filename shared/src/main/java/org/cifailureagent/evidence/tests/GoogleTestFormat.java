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
    private static final String RUN = "[ RUN      ] ";
    private static final String OK = "[       OK ] ";
    private static final String FAILED_MARK = "[  FAILED  ] ";
    private static final Pattern ASSERTION = Pattern.compile(":\\d+: Failure$");
    /** A test's own output between its RUN and FAILED lines; a long one is not searched for its message. */
    private static final int MAX_TEST_OUTPUT = 200;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAILED.matcher(lines.get(index).text());
        if (!m.matches()) {
            return null;
        }
        String message = m.group(2) == null ? null : message(lines, index);
        return TestFormat.test(lines.get(index), m.group(1), message);
    }

    /**
     * The first line under the test's first assertion. Its output lies between its RUN line and its result; walking up
     * from the result, the test's RUN line, or another test's line where {@code --gtest_brief} prints no RUN lines,
     * ends it.
     */
    private static String message(List<NormalizedLine> lines, int failed) {
        int assertion = -1;
        for (int i = failed - 1; i >= Math.max(0, failed - MAX_TEST_OUTPUT); i--) {
            String text = lines.get(i).text();
            if (text.startsWith(RUN) || text.startsWith(OK) || text.startsWith(FAILED_MARK)) {
                break;
            }
            if (ASSERTION.matcher(text).find()) {
                assertion = i;
            }
        }
        return assertion < 0 ? null : TestFormat.nextText(lines, assertion, 1);
    }
}
