package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * A runner that names a failed test on one line, its first group, and prints what went wrong on the next line.
 */
final class NameThenMessageFormat implements TestFormat {
    /**
     * xUnit.net's console runner: {@code Nancy.Testing.Tests.BrowserFixture.Should_return_JSON [FAIL]}, the test's full
     * name as its reports give it, over the assertion's first line ({@code Assert.Equal() Failure}).
     */
    static final NameThenMessageFormat XUNIT_NET =
            new NameThenMessageFormat("^\\s+([A-Za-z_][\\w.]*\\.\\w+(?:\\(.*\\))?) \\[FAIL\\]$");
    /**
     * PowerShell's Pester: {@code [-] ThreadJob with ScriptBlock 356ms} (Pester 5 adds {@code (581ms|64ms)}), the
     * {@code It} block's name, over the failure.
     */
    static final NameThenMessageFormat PESTER =
            new NameThenMessageFormat("^\\s*\\[-\\] (.+?) \\d+(?:\\.\\d+)?m?s(?: \\(\\d+m?s\\|\\d+m?s\\))?$");
    /**
     * Karma's progress reporter: {@code Firefox 60.0.0 (Windows 7.0.0) upgrade injector should throw FAILED}, the
     * browser and its platform, then the spec's full name (its describe blocks and its own), over the failure. Named
     * without the browser, so that one spec failing in two browsers is one test.
     */
    static final NameThenMessageFormat KARMA = new NameThenMessageFormat(
            "^\\s*(?:Headless)?(?:Chrome|Chromium|Firefox|IE|Safari|Edge|Opera|PhantomJS|Electron)[\\w. ]*"
                    + "\\([^()]*\\) (.+) FAILED$");

    private final Pattern failed;

    private NameThenMessageFormat(String failed) {
        this.failed = Pattern.compile(failed);
    }

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = failed.matcher(lines.get(index).text());
        return m.matches() ? TestFormat.test(lines.get(index), m.group(1), TestFormat.nextText(lines, index, 1)) : null;
    }
}
