package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * RSpec's {@code Failures:} list: {@code 1) Cart sums the prices of its items}, then {@code Failure/Error: } with the
 * failing code, then the failure ({@code expected: 7}, or an exception's class on one line and its message on the
 * next). Named by the example's full description, as RSpec prints it and rspec_junit_formatter reports it.
 */
final class RspecFormat implements TestFormat {
    private static final Pattern HEADER = Pattern.compile("^\\s*\\d+\\) (\\S.*)$");
    private static final Pattern FAILURE_ERROR = Pattern.compile("^\\s+Failure/Error: ");
    private static final int MESSAGE_REACH = 4;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        if (index + 1 >= lines.size() || !FAILURE_ERROR.matcher(lines.get(index + 1).text()).find()) {
            return null;
        }
        Matcher m = HEADER.matcher(lines.get(index).text());
        if (!m.matches()) {
            return null;
        }
        return TestFormat.test(lines.get(index), m.group(1).strip(), message(lines, index + 1));
    }

    /** {@code LocalJumpError:} above {@code no block given (yield)} reads as one message. */
    private static String message(List<NormalizedLine> lines, int failureError) {
        for (int i = failureError + 1; i < Math.min(lines.size(), failureError + 1 + MESSAGE_REACH); i++) {
            String first = lines.get(i).text().strip();
            if (!first.isEmpty()) {
                String second = first.endsWith(":") ? TestFormat.nextText(lines, i, 2) : null;
                return second == null ? Expectation.answered(lines, i, first) : first + " " + second;
            }
        }
        return null;
    }
}
