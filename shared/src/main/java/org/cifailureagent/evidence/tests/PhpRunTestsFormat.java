package org.cifailureagent.evidence.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * PHP's run-tests.php (php-src and extensions built with phpize): {@code FAIL A discount takes a tenth off
 * [tests/discount.phpt]}, named by the {@code .phpt} file, which run-tests.php takes to run the test again. With
 * {@code --show-diff} the diff of its output is printed above, between {@code ========DIFF========} and
 * {@code ========DONE========}; its first two lines (what was printed, what was expected) are the message. Without
 * a diff in reach, the message is the test's title, the only words run-tests.php prints about it.
 */
final class PhpRunTestsFormat implements TestFormat {
    private static final Pattern FAILED = Pattern.compile("^FAIL (.*?) \\[([^\\[\\]]+\\.phpt)\\](?:\\s.*)?$");
    private static final String DIFF_START = "========DIFF========";
    private static final String DIFF_END = "========DONE========";
    /** How far above the FAIL line the diff's end may be, past the blank lines run-tests.php prints. */
    private static final int DIFF_END_REACH = 3;
    private static final int DIFF_REACH = 40;
    private static final int MESSAGE_LINES = 2;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAILED.matcher(lines.get(index).text());
        if (!m.matches()) {
            return null;
        }
        String diff = diff(lines, index);
        return TestFormat.test(lines.get(index), m.group(2), diff != null ? diff : m.group(1));
    }

    private static String diff(List<NormalizedLine> lines, int index) {
        int end = -1;
        for (int i = index - 1; i >= Math.max(0, index - DIFF_END_REACH); i--) {
            String text = lines.get(i).text().strip();
            if (text.equals(DIFF_END)) {
                end = i;
                break;
            }
            if (!text.isEmpty()) {
                return null;
            }
        }
        if (end < 0) {
            return null;
        }
        for (int start = end - 1; start >= Math.max(0, end - DIFF_REACH); start--) {
            if (lines.get(start).text().strip().equals(DIFF_START)) {
                List<String> shown = new ArrayList<>();
                for (int i = start + 1; i < end && shown.size() < MESSAGE_LINES; i++) {
                    String text = lines.get(i).text().strip();
                    if (!text.isEmpty()) {
                        shown.add(text);
                    }
                }
                return String.join("; ", shown);
            }
        }
        return null;
    }
}
