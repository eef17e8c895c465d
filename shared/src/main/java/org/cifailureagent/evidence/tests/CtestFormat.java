package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * CTest's list under {@code The following tests FAILED:}: {@code   1 - average (Subprocess aborted)}, the test's
 * name as {@code add_test} gave it, with how it failed ({@code Failed}, {@code Subprocess aborted},
 * {@code Timeout}) as the message.
 */
final class CtestFormat implements TestFormat {
    private static final String LIST = "The following tests FAILED:";
    private static final Pattern ENTRY = Pattern.compile("^\\s+\\d+ - (\\S+) \\(([^()]+)\\)$");
    private static final int MAX_LIST = 100;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = ENTRY.matcher(lines.get(index).text());
        if (!m.matches() || !inList(lines, index)) {
            return null;
        }
        return TestFormat.test(lines.get(index), m.group(1), m.group(2));
    }

    private static boolean inList(List<NormalizedLine> lines, int index) {
        for (int i = index - 1; i >= Math.max(0, index - MAX_LIST); i--) {
            String text = lines.get(i).text();
            if (text.equals(LIST)) {
                return true;
            }
            if (!ENTRY.matcher(text).matches()) {
                return false;
            }
        }
        return false;
    }
}
