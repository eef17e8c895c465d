package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Ruby's minitest: a {@code Failure:} or {@code Error:} header (numbered, {@code 1) Failure:}, by minitest itself;
 * bare by Rails and minitest-reporters), then {@code CartTest#test_sums [test/cart_test.rb:13]:} for a failed
 * assertion or {@code CartTest#test_sums:} for an error, then the message. Named {@code CartTest.test_sums}, as
 * minitest-reporters' JUnit report names it (class, then method). The numbered header looks like mocha's, so this
 * format is asked first.
 */
final class MinitestFormat implements TestFormat {
    private static final Pattern HEADER = Pattern.compile("^\\s*(?:\\d+\\) )?(?:Failure|Error):$");
    /** shoulda's names hold spaces and colons: {@code TestKramdown#test_: kramdown when … .  [test/x.rb:106]}. */
    private static final Pattern TEST = Pattern.compile("^([A-Z][\\w:]*)#(\\S.*?)(?:\\s+\\[[^\\]]+:\\d+\\])?:?$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        if (index + 1 >= lines.size() || !HEADER.matcher(lines.get(index).text()).matches()) {
            return null;
        }
        Matcher test = TEST.matcher(lines.get(index + 1).text().strip());
        if (!test.matches()) {
            return null;
        }
        String name = test.group(1) + "." + test.group(2).strip();
        return TestFormat.test(lines.get(index + 1), name, TestFormat.nextMessage(lines, index + 1, 3));
    }
}
