package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * jest's failure header {@code ● Calc › divides}, named as printed ({@code Calc › divides}); the first line of
 * the failure's text is the message. "Test suite failed to run" names no test.
 */
final class JestFormat implements TestFormat {
    private static final Pattern HEADER = Pattern.compile("^\\s*● (.+)$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = HEADER.matcher(lines.get(index).text());
        if (!m.matches() || m.group(1).strip().equals("Test suite failed to run")) {
            return null;
        }
        return TestFormat.test(lines.get(index), m.group(1).strip(), TestFormat.nextText(lines, index, 3));
    }
}
