package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Ruby's test-unit: {@code Error: test_tax(TestInvoice):} with the exception indented below it, or
 * {@code Failure: test_total(TestInvoice)} with the backtrace and code below it and the assertion's text after them.
 * Named {@code TestInvoice.test_tax}, class then method as for minitest. The message is the error's exception; a
 * failure's text sits too far below its header to be told from the code, so it has none.
 */
final class TestUnitFormat implements TestFormat {
    private static final Pattern HEADER =
            Pattern.compile("^(Failure|Error): (\\S+)\\(([A-Z][\\w:]*)\\)(?:\\s+\\[[^\\]]+\\])?:?$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = HEADER.matcher(lines.get(index).text());
        if (!m.matches()) {
            return null;
        }
        String message = null;
        if ("Error".equals(m.group(1)) && index + 1 < lines.size() && lines.get(index + 1).text().startsWith(" ")) {
            message = lines.get(index + 1).text();
        }
        return TestFormat.test(lines.get(index), m.group(3) + "." + m.group(2), message);
    }
}
