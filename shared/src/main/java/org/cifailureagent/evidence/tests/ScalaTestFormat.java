package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * ScalaTest, alone or behind sbt's {@code [info] }: {@code - reads the header *** FAILED ***}, with the failure below.
 * Named by the test's text as printed. The suite's {@code HttpTest:} line may be thousands of lines above, outside the
 * part of the log that is read, so it is left out of every name rather than kept in some.
 */
final class ScalaTestFormat implements TestFormat {
    private static final Pattern FAILED = Pattern.compile("^(?:\\[info\\] )?\\s*- (.+) \\*\\*\\* FAILED \\*\\*\\*$");
    private static final Pattern SBT_LEVEL = Pattern.compile("^\\[info\\]\\s*");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAILED.matcher(lines.get(index).text());
        if (!m.matches()) {
            return null;
        }
        String message = index + 1 < lines.size()
                ? SBT_LEVEL.matcher(lines.get(index + 1).text()).replaceFirst("").strip() : null;
        return TestFormat.test(lines.get(index), m.group(1), message);
    }
}
