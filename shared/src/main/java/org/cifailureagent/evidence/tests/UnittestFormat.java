package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Python unittest: {@code FAIL: test_x (tests.test_mod.TestCase)}, named {@code tests.test_mod.TestCase.test_x}
 * (Python 3.11 prints the full id inside the parentheses already). The exception line ending the traceback is the
 * message.
 */
final class UnittestFormat implements TestFormat {
    private static final Pattern HEADER = Pattern.compile("^(?:FAIL|ERROR): (\\w+) \\(([\\w.]+)\\)");
    private static final int REACH = 60;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = HEADER.matcher(lines.get(index).text());
        if (!m.find()) {
            return null;
        }
        String method = m.group(1);
        String id = m.group(2);
        String name = id.endsWith('.' + method) ? id : id + '.' + method;
        return TestFormat.test(lines.get(index), name, exceptionLine(lines, index));
    }

    /** The first line after the traceback that is not indented: the exception and its message. */
    private static String exceptionLine(List<NormalizedLine> lines, int index) {
        boolean inTraceback = false;
        for (int i = index + 1; i < Math.min(lines.size(), index + REACH); i++) {
            String text = lines.get(i).text();
            if (text.startsWith("Traceback ")) {
                inTraceback = true;
            } else if (inTraceback && !text.isEmpty() && !Character.isWhitespace(text.charAt(0))) {
                return text;
            } else if (text.startsWith("=====")) {
                return null;
            }
        }
        return null;
    }
}
