package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * PowerShell's Pester: {@code [-] ThreadJob with ScriptBlock 356ms} (Pester 5 adds {@code (581ms|64ms)}), the
 * {@code It} block's name, with the failure indented below it.
 */
final class PesterFormat implements TestFormat {
    private static final Pattern FAILED =
            Pattern.compile("^\\s*\\[-\\] (.+?) \\d+(?:\\.\\d+)?m?s(?: \\(\\d+m?s\\|\\d+m?s\\))?$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAILED.matcher(lines.get(index).text());
        return m.matches() ? TestFormat.test(lines.get(index), m.group(1), TestFormat.nextText(lines, index, 1)) : null;
    }
}
