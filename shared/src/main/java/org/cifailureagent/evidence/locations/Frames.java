package org.cifailureagent.evidence.locations;

import java.util.List;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.normalize.NormalizedLine;

/** Small helpers the stack-trace formats share. */
final class Frames {
    private Frames() {
    }

    static Location at(NormalizedLine line, String file, int lineNumber, Integer column, String message, String tool) {
        return new Location(file, null, lineNumber, column, message, tool, line.source(), line.number());
    }

    /** The nearest line before {@code index} (at most {@code reach} back) that {@code looksLikeMessage}, else null. */
    static String messageBefore(List<NormalizedLine> lines, int index, int reach,
                                java.util.function.Predicate<String> looksLikeMessage) {
        for (int i = index - 1; i >= Math.max(0, index - reach); i--) {
            String text = lines.get(i).text().strip();
            if (looksLikeMessage.test(text)) {
                return text;
            }
        }
        return null;
    }
}
