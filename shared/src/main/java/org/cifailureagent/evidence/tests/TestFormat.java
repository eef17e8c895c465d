package org.cifailureagent.evidence.tests;

import java.util.List;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/** One test runner's way of announcing a failed test. */
interface TestFormat {
    /** The failed test that {@code lines.get(index)} announces, or null when it announces none. */
    FailingTest match(List<NormalizedLine> lines, int index);

    static FailingTest test(NormalizedLine line, String name, String message) {
        String shown = message == null || message.isBlank() ? null : message.strip();
        return new FailingTest(name, shown, line.source(), line.number());
    }

    /** The first non-blank line after {@code index} within {@code reach} lines, stripped; null when none. */
    static String nextText(List<NormalizedLine> lines, int index, int reach) {
        int line = nextTextLine(lines, index, reach);
        return line < 0 ? null : lines.get(line).text().strip();
    }

    /** Like {@link #nextText}, with an expectation's answer below it read as part of it ({@link Expectation}). */
    static String nextMessage(List<NormalizedLine> lines, int index, int reach) {
        int line = nextTextLine(lines, index, reach);
        return line < 0 ? null : Expectation.answered(lines, line, lines.get(line).text().strip());
    }

    private static int nextTextLine(List<NormalizedLine> lines, int index, int reach) {
        for (int i = index + 1; i < Math.min(lines.size(), index + 1 + reach); i++) {
            if (!lines.get(i).text().isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
