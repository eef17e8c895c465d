package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * pytest, named by node id: its short summary, {@code FAILED tests/test_calc.py::test_div - ZeroDivisionError: ...}
 * (behind pytest-xdist's {@code [gw0] [ 50%] } when run in parallel), and, as older pytest printed no short summary
 * unless asked, the verbose progress line {@code tests/test_calc.py::test_div FAILED [ 50%]}, which has no message.
 * pytest cuts the summary's message at the terminal's width ({@code - AssertionEr...}); {@link PytestSections}
 * completes cut and missing messages from the test's section, which is rarely in the same block.
 */
final class PytestFormat implements TestFormat {
    private static final Pattern FAILED =
            Pattern.compile("^(?:\\[gw\\d+\\] \\[\\s*\\d+%\\] )?(?:FAILED|ERROR) (\\S+\\.py::\\S+)(?: - (.*))?$");
    private static final Pattern VERBOSE =
            Pattern.compile("^(\\S+\\.py::\\S.*?) (?:FAILED|ERROR)(?: +\\[ *\\d+%\\])?$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        String text = lines.get(index).text();
        Matcher m = FAILED.matcher(text);
        if (m.matches()) {
            return TestFormat.test(lines.get(index), m.group(1), m.group(2));
        }
        Matcher verbose = VERBOSE.matcher(text);
        return verbose.matches() ? TestFormat.test(lines.get(index), verbose.group(1), null) : null;
    }
}
