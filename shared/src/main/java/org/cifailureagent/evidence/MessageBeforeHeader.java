package org.cifailureagent.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows a failed test's message before the header that announced the test, where the ranking put the header first.
 * A test runner announces a failure by a line naming the test (Surefire's {@code … <<< FAILURE!}) and prints what
 * went wrong right under it; the report names the test anyway (its failing tests, its summary), so the first line
 * a developer reads should say what went wrong. A line ranker learns the other order from labels that mark a
 * failure's block from its first line on (in LogChunks, 9 of the 10 logs that print such a header are labeled from
 * it), so the order is settled here, after the ranking, whatever ranker ranked.
 */
public final class MessageBeforeHeader {
    /** How far under its header a message may be printed: the finders take the first non-blank line. */
    private static final int REACH = 2;

    private MessageBeforeHeader() {
    }

    /**
     * The ranked lines, each message of {@code tests} that ranks below its header moved into the header's place and
     * the lines from the header on moved one down.
     */
    public static List<RankedLine> apply(List<RankedLine> ranked, List<FailingTest> tests) {
        List<RankedLine> reordered = new ArrayList<>(ranked);
        for (FailingTest test : tests) {
            if (test.source() == null || test.message() == null) {
                continue;
            }
            int header = indexOf(reordered, test.source(), test.number(), test.number(), null);
            int message = indexOf(reordered, test.source(), test.number() + 1, test.number() + REACH, test.message());
            if (header >= 0 && message > header) {
                reordered.add(header, reordered.remove(message));
            }
        }
        return reordered;
    }

    /** The place of the line of {@code source} numbered {@code from} to {@code to} (holding {@code text}), or -1. */
    private static int indexOf(List<RankedLine> ranked, String source, long from, long to, String text) {
        for (int i = 0; i < ranked.size(); i++) {
            EvidenceLine line = ranked.get(i).line();
            if (line.source().equals(source) && line.number() >= from && line.number() <= to
                    && (text == null || line.text().strip().equals(text))) {
                return i;
            }
        }
        return -1;
    }
}
