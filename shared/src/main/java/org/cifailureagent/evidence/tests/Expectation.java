package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Pattern;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * An expectation with the line below that answers it, as one message: RSpec's {@code expected: 7} over
 * {@code got: 14}, minitest's {@code Expected: 7} over {@code Actual: 8}, HUnit's {@code expected: 4} over
 * {@code but got: 6}. The expectation alone does not say what went wrong.
 */
final class Expectation {
    private static final Pattern EXPECTED = Pattern.compile("(?i)^expected:\\s");
    private static final Pattern ANSWER = Pattern.compile("(?i)^(?:but )?(?:got|actual|received|was)\\s*:");

    private Expectation() {
    }

    /**
     * @param line the index of {@code text}'s line
     * @return the text, followed by the line below when that answers it
     */
    static String answered(List<NormalizedLine> lines, int line, String text) {
        if (line + 1 >= lines.size() || !EXPECTED.matcher(text).find()) {
            return text;
        }
        String below = lines.get(line + 1).text().strip();
        return ANSWER.matcher(below).find() ? text + "; " + below.replaceAll("\\s+", " ") : text;
    }
}
