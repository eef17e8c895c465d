package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * R's testthat, by its three ways of heading a failure (or error), each also indented by two under R CMD check's
 * {@code Last 13 lines of output:}. testthat 3: {@code Failure ('test-total.R:6'): a discount lowers the total},
 * boxed in a rule ({@code ── Error (...): ... ────}, {@code -- ... --} in the C locale) within R CMD check; testthat 2:
 * {@code ── 1. Failure: a discount lowers the total (@test-total.R#6)}; testthat 1:
 * {@code 1. Failure (at test-total.R#6): a discount lowers the total}. Named by the test's description, as
 * {@code test_that} was given it. The message is the line right below; testthat 1 and 2 list the failures again at
 * the end, with a blank line below each, and that repeat has none.
 */
final class TestthatFormat implements TestFormat {
    private static final String RULE = "(?:\\s+(?:─+|-{2,}))?\\s*$";
    private static final String R_FILE = "[\\w./-]+\\.[Rr]";
    private static final Pattern TESTTHAT_3 = Pattern.compile(
            "^\\s*(?:(?:──|--) )?(?:Failure|Error) \\('?" + R_FILE + ":\\d+(?::\\d+)?'?\\): (.+?)" + RULE);
    private static final Pattern TESTTHAT_2 = Pattern.compile(
            "^\\s*(?:(?:──|--) )?\\d+\\. (?:Failure|Error): (.+?) \\(@" + R_FILE + "#\\d+\\)" + RULE);
    private static final Pattern TESTTHAT_1 = Pattern.compile(
            "^\\s*\\d+\\. (?:Failure|Error) \\(at " + R_FILE + "#\\d+\\): (.+?)\\s*$");
    private static final List<Pattern> HEADINGS = List.of(TESTTHAT_3, TESTTHAT_2, TESTTHAT_1);

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        String name = nameIn(lines.get(index).text());
        if (name == null) {
            return null;
        }
        String below = index + 1 < lines.size() ? lines.get(index + 1).text() : "";
        return TestFormat.test(lines.get(index), name, nameIn(below) == null ? below : null);
    }

    private static String nameIn(String text) {
        for (Pattern heading : HEADINGS) {
            Matcher m = heading.matcher(text);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }
}
