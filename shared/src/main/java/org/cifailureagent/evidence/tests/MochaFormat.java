package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * mocha's failure list: {@code 1) suite test:} on one line, or, for nested suites, each title on its own, deeper
 * indented line, the last ending in a colon. Named like mocha's full title: the titles joined by spaces. The error
 * line that follows is the message. The same numbers in the progress list carry no colon and are not matched. An
 * unnamed root suite ({@code describe('')}, as TypeScript's runner has) leaves the number alone on its line (older
 * mocha also printed the empty title's indentation on the next), and the titles start below it.
 */
final class MochaFormat implements TestFormat {
    private static final Pattern HEADER = Pattern.compile("^(\\s*)\\d+\\)(?: (.*))?$");
    private static final int MAX_TITLE_LINES = 6;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = HEADER.matcher(lines.get(index).text());
        if (!m.matches()) {
            return null;
        }
        int indent = m.group(1).length();
        StringBuilder name = new StringBuilder(m.group(2) == null ? "" : m.group(2).strip());
        int last = index;
        while (name.isEmpty() || name.charAt(name.length() - 1) != ':') {
            last++;
            if (last >= lines.size() || last - index > MAX_TITLE_LINES) {
                return null;
            }
            String text = lines.get(last).text();
            int textIndent = text.length() - text.stripLeading().length();
            if (text.isBlank() && name.isEmpty()) {
                continue;
            }
            if (text.isBlank() || textIndent <= indent) {
                return null;
            }
            name.append(name.isEmpty() ? "" : " ").append(text.strip());
        }
        name.setLength(name.length() - 1);
        return TestFormat.test(lines.get(index), name.toString(), TestFormat.nextText(lines, last, 3));
    }
}
