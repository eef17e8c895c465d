package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Gradle's test logging: {@code AppTest > testDivide FAILED} (JUnit 5 adds {@code ()}), named
 * {@code classname.method}; the indented exception line that follows is the message.
 */
final class GradleFormat implements TestFormat {
    private static final Pattern FAILED = Pattern.compile("^([\\w.$]+) > (.+?)(?:\\(\\))? FAILED$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAILED.matcher(lines.get(index).text().strip());
        if (!m.matches()) {
            return null;
        }
        return TestFormat.test(lines.get(index), m.group(1) + '.' + m.group(2), TestFormat.nextText(lines, index, 1));
    }
}
