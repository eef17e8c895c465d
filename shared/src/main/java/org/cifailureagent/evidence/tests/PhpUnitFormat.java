package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * PHPUnit's list under {@code There was 1 failure:} / {@code There were 2 errors:}: {@code 1) CartTest::testSums},
 * or {@code 1) App\Tests\CartTest::testSums with data set #0 (1, 2)}, then the message. Named as PHPUnit prints it and
 * {@code --filter} takes it, {@code App\Tests\CartTest::testSums}, with the data set's label but not its values.
 * The lists of risky, incomplete and skipped tests and of warnings look the same and name no failure.
 */
final class PhpUnitFormat implements TestFormat {
    private static final Pattern HEADER = Pattern.compile(
            "^\\d+\\) ([A-Za-z_\\\\][\\w\\\\]*::\\w+)( with data set (?:#\\d+|\"[^\"]*\"))?(?: \\(.*\\))?$");
    private static final Pattern LIST = Pattern.compile("^There (?:was|were) \\d+ (\\w[\\w ]*):$");
    /** A test's entry with its stack trace; Composer's integration tests print a few hundred lines. */
    private static final int MAX_LIST_DISTANCE = 1000;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = HEADER.matcher(lines.get(index).text());
        if (!m.matches() || !inListOfFailures(lines, index)) {
            return null;
        }
        String name = m.group(2) == null ? m.group(1) : m.group(1) + m.group(2);
        return TestFormat.test(lines.get(index), name, TestFormat.nextText(lines, index, 3));
    }

    private static boolean inListOfFailures(List<NormalizedLine> lines, int index) {
        for (int i = index - 1; i >= Math.max(0, index - MAX_LIST_DISTANCE); i--) {
            Matcher list = LIST.matcher(lines.get(i).text());
            if (list.matches()) {
                return list.group(1).startsWith("failure") || list.group(1).startsWith("error");
            }
        }
        return false;
    }
}
