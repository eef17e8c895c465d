package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Jasmine's failure list: {@code 1) cart total adds the item prices} (the spec's full name, its suites' and its own
 * descriptions joined by spaces), then an indented {@code Message:} line and the message under it. Its numbered header
 * looks like mocha's, whose last title line also ends in a colon, so this format is asked first.
 */
final class JasmineFormat implements TestFormat {
    private static final Pattern HEADER = Pattern.compile("^\\d+\\) (.+)$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        if (index + 1 >= lines.size() || !isMessageHeading(lines.get(index + 1).text())) {
            return null;
        }
        Matcher m = HEADER.matcher(lines.get(index).text());
        if (!m.matches()) {
            return null;
        }
        return TestFormat.test(lines.get(index), m.group(1).strip(), TestFormat.nextText(lines, index + 1, 3));
    }

    private static boolean isMessageHeading(String text) {
        return text.startsWith(" ") && text.strip().equals("Message:");
    }
}
