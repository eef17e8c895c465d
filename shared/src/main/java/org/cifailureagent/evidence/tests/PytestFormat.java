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
 * pytest cuts the summary's message at the terminal's width ({@code - AssertionEr...}). Where the message is cut or
 * missing, it is the first {@code E   } line of the test's section ({@code ____ test_div ____}) when that is in reach.
 */
final class PytestFormat implements TestFormat {
    private static final Pattern FAILED =
            Pattern.compile("^(?:\\[gw\\d+\\] \\[\\s*\\d+%\\] )?(?:FAILED|ERROR) (\\S+\\.py::\\S+)(?: - (.*))?$");
    private static final Pattern VERBOSE =
            Pattern.compile("^(\\S+\\.py::\\S.*?) (?:FAILED|ERROR)(?: +\\[ *\\d+%\\])?$");
    private static final Pattern SECTION = Pattern.compile("^_{3,} (.+?) _{3,}$");
    private static final String CUT = "...";

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        String text = lines.get(index).text();
        Matcher m = FAILED.matcher(text);
        if (m.matches()) {
            String message = m.group(2);
            if (message != null && message.endsWith(CUT)) {
                String whole = sectionError(lines, m.group(1), message.substring(0, message.length() - CUT.length()));
                message = whole != null ? whole : message;
            }
            return TestFormat.test(lines.get(index), m.group(1), message);
        }
        Matcher verbose = VERBOSE.matcher(text);
        return verbose.matches() ? TestFormat.test(lines.get(index), verbose.group(1),
                sectionError(lines, verbose.group(1), "")) : null;
    }

    /** The first {@code E} line that begins with {@code prefix} in the section pytest heads with the test's name. */
    private static String sectionError(List<NormalizedLine> lines, String nodeId, String prefix) {
        String title = nodeId.substring(nodeId.indexOf("::") + 2).replace("::", ".");
        for (int i = 0; i < lines.size(); i++) {
            Matcher header = SECTION.matcher(lines.get(i).text());
            if (header.matches() && header.group(1).equals(title)) {
                for (int j = i + 1; j < lines.size() && !SECTION.matcher(lines.get(j).text()).matches(); j++) {
                    String text = lines.get(j).text();
                    if (text.startsWith("E ") && text.substring(1).strip().startsWith(prefix)) {
                        return text.substring(1).strip();
                    }
                }
                return null;
            }
        }
        return null;
    }
}
