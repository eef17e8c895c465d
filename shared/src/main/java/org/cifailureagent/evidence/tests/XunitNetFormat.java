package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * xUnit.net's console runner: {@code Nancy.Testing.Tests.BrowserFixture.Should_return_JSON [FAIL]}, the test's full
 * name as its reports give it, with the assertion's first line ({@code Assert.Equal() Failure}) below.
 */
final class XunitNetFormat implements TestFormat {
    private static final Pattern FAILED = Pattern.compile("^\\s+([A-Za-z_][\\w.]*\\.\\w+(?:\\(.*\\))?) \\[FAIL\\]$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAILED.matcher(lines.get(index).text());
        return m.matches() ? TestFormat.test(lines.get(index), m.group(1), TestFormat.nextText(lines, index, 1)) : null;
    }
}
