package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Elixir's ExUnit: {@code 1) test sums the prices of its items (CartTest)}, then, indented, the test's
 * {@code test/cart_test.exs:8} and the failure ({@code Assertion with == failed}, {@code ** (MatchError) …}). Named
 * {@code CartTest.test sums the prices of its items}: the module, then the test's name as ExUnit keeps it. Its
 * numbered header looks like mocha's, so this format is asked first.
 */
final class ExUnitFormat implements TestFormat {
    private static final Pattern HEADER = Pattern.compile("^\\s*\\d+\\) (test .+) \\(([\\w.]+)\\)$");
    private static final Pattern LOCATION = Pattern.compile("^\\s+\\S+\\.exs:\\d+$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        if (index + 1 >= lines.size() || !LOCATION.matcher(lines.get(index + 1).text()).matches()) {
            return null;
        }
        Matcher m = HEADER.matcher(lines.get(index).text());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(2) + "." + m.group(1);
        return TestFormat.test(lines.get(index), name, TestFormat.nextText(lines, index + 1, 3));
    }
}
