package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/** pytest's short summary: {@code FAILED tests/test_calc.py::test_div - ZeroDivisionError: ...}, named by node id. */
final class PytestFormat implements TestFormat {
    private static final Pattern FAILED = Pattern.compile("^(?:FAILED|ERROR) (\\S+\\.py::\\S+)(?: - (.*))?$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAILED.matcher(lines.get(index).text());
        return m.matches() ? TestFormat.test(lines.get(index), m.group(1), m.group(2)) : null;
    }
}
