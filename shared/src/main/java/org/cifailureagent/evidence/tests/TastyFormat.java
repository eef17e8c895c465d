package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Haskell's tasty: {@code   cost is shared between parcels: FAIL} (padded, and with {@code (0.06s)} when timed),
 * indented under its groups, with the failure below: the source line ({@code Main.hs:13:}) first when an assertion
 * failed, then its text (pandoc's golden tests print a rule of dashes before the diff's header). Named by the test's
 * own name, which tasty's {@code -p} takes to run it again. Cabal's unindented {@code Test suite x: FAIL} is a
 * summary, not a test.
 */
final class TastyFormat implements TestFormat {
    private static final Pattern FAILED = Pattern.compile("^\\s{2,}(\\S.*?):\\s+FAIL(?: \\(\\d+(?:\\.\\d+)?s\\))?$");
    private static final Pattern SOURCE_LINE = Pattern.compile("^\\S+:\\d+:$");
    private static final int MESSAGE_REACH = 3;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAILED.matcher(lines.get(index).text());
        if (!m.matches()) {
            return null;
        }
        return TestFormat.test(lines.get(index), m.group(1), message(lines, index));
    }

    private static String message(List<NormalizedLine> lines, int index) {
        for (int i = index + 1; i < Math.min(lines.size(), index + 1 + MESSAGE_REACH); i++) {
            String text = lines.get(i).text().strip();
            if (text.codePoints().anyMatch(Character::isLetter) && !SOURCE_LINE.matcher(text).matches()) {
                return Expectation.answered(lines, i, text);
            }
        }
        return null;
    }
}
