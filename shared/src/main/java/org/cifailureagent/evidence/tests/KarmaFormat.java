package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Karma's progress reporter: {@code Firefox 60.0.0 (Windows 7.0.0) upgrade injector should throw FAILED}, the browser
 * and its platform, then the spec's full name (its describe blocks and its own), with the failure indented below.
 * Named by the spec's full name, without the browser, so that one spec failing in two browsers is one test.
 */
final class KarmaFormat implements TestFormat {
    private static final Pattern FAILED = Pattern.compile(
            "^\\s*(?:Headless)?(?:Chrome|Chromium|Firefox|IE|Safari|Edge|Opera|PhantomJS|Electron)[\\w. ]*"
                    + "\\([^()]*\\) (.+) FAILED$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAILED.matcher(lines.get(index).text());
        return m.matches() ? TestFormat.test(lines.get(index), m.group(1), TestFormat.nextText(lines, index, 1)) : null;
    }
}
