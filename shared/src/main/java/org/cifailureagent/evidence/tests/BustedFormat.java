package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Lua's busted: {@code Failure -> spec/cart_spec.lua @ 9} (an arrow in a UTF-8 terminal), then the test's full name
 * ({@code cart adds up the prices}: its describe blocks and its own name), then the message. A file that does not
 * load is reported without {@code @ line} and without a test, and names none.
 */
final class BustedFormat implements TestFormat {
    private static final Pattern HEADER = Pattern.compile("^(?:Failure|Error) (?:->|→) \\S+ @ \\d+$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        if (index + 1 >= lines.size() || !HEADER.matcher(lines.get(index).text()).matches()) {
            return null;
        }
        String name = lines.get(index + 1).text().strip();
        if (name.isEmpty()) {
            return null;
        }
        return TestFormat.test(lines.get(index + 1), name, TestFormat.nextText(lines, index + 1, 1));
    }
}
