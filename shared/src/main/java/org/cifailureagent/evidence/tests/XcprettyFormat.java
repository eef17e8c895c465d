package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * xcpretty's summary of failed XCTest (and Quick) tests: the class ({@code Alamofire_iOS_Tests.SessionTestCase}),
 * then {@code   testThatX, XCTAssertTrue failed} and the test's {@code   /path/SessionTests.swift:550}. Named
 * {@code Alamofire_iOS_Tests.SessionTestCase.testThatX}; the message is the assertion's text after the comma. The
 * place below the line is required, since a class-like line above a two-space indented line is common elsewhere.
 */
final class XcprettyFormat implements TestFormat {
    private static final Pattern FAILED = Pattern.compile("^  (\\w+), (.+)$");
    private static final Pattern TEST_CLASS = Pattern.compile("^[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*$");
    private static final Pattern PLACE = Pattern.compile("^  \\S+:\\d+$");
    private static final int REACH = 2;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAILED.matcher(lines.get(index).text());
        if (!m.matches()) {
            return null;
        }
        String testClass = nonBlank(lines, index, -1);
        String place = nonBlank(lines, index, 1);
        if (testClass == null || place == null || !TEST_CLASS.matcher(testClass).matches()
                || !PLACE.matcher(place).matches()) {
            return null;
        }
        return TestFormat.test(lines.get(index), testClass + "." + m.group(1), m.group(2));
    }

    /** The first line that is not blank within {@link #REACH} lines above (-1) or below (+1), as printed. */
    private static String nonBlank(List<NormalizedLine> lines, int index, int direction) {
        for (int step = 1; step <= REACH; step++) {
            int i = index + direction * step;
            if (i < 0 || i >= lines.size()) {
                return null;
            }
            if (!lines.get(i).text().isBlank()) {
                return lines.get(i).text();
            }
        }
        return null;
    }
}
