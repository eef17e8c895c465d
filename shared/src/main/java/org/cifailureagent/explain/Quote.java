package org.cifailureagent.explain;

import java.util.List;
import org.cifailureagent.evidence.Evidence;
import org.cifailureagent.evidence.EvidenceLine;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.LevelMarker;
import org.cifailureagent.normalize.NormalizedLine;

/** How a log line reads inside the summary's sentence. */
final class Quote {
    private static final int MAX_QUOTE = 160;
    /** A step named by its command (Travis's {@code if [ ... ]; then ...; fi}) may run to hundreds of characters. */
    private static final int MAX_STEP_NAME = 80;
    private static final String CLOSING_PUNCTUATION = " \t.:;,";
    /**
     * A best line as short as this, of a word or two, is a heading ({@code normalize.css}, {@code > Links},
     * {@code ERROR}); "Tests timed out" says what happened, and so does a runner's long "suite/test    FAIL".
     */
    private static final int MAX_HEADING_LENGTH = 15;
    private static final int MAX_HEADING_WORDS = 2;
    /** How far below a heading its first line of words may be: past the lines of dashes of a box. */
    private static final int BELOW_HEADING = 3;

    private Quote() {
    }

    /** The text as the summary quotes it: without its level marker and closing punctuation, at most 160 characters. */
    static String of(String text) {
        String t = withoutClosingPunctuation(withoutLevelMarker(text.strip()));
        return t.length() <= MAX_QUOTE ? t : t.substring(0, MAX_QUOTE - 1) + "…";
    }

    /** A step's name as the summary quotes it: at most 80 characters, so Maven's executions keep their module. */
    static String stepName(String name) {
        String n = name.strip();
        return n.length() <= MAX_STEP_NAME ? n : n.substring(0, MAX_STEP_NAME - 1) + "…";
    }

    /**
     * A quoted line's own full stop, or the colon of a header ({@code Failing scenarios:}), would stand before the
     * test's name, the step's or the sentence's own full stop: "exited with 1..", "Failure:.".
     */
    private static String withoutClosingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && CLOSING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == 0 ? text : text.substring(0, end);
    }

    /**
     * Maven's {@code [ERROR] } before the message says nothing the sentence does not already say; a line that is
     * nothing but the marker keeps it.
     */
    private static String withoutLevelMarker(String text) {
        String message = LevelMarker.strip(text);
        return message.isEmpty() ? text : message;
    }

    /**
     * A best line of a word or two is a heading whose substance is printed under it: stylelint's file name over its
     * findings, awesome_bot's "> Links" over the dead links, R's "ERROR" over "Running the tests in … failed",
     * PHPStan's boxed "Error". The quote then adds the first line below that says something, past lines of only
     * dashes; a blank line (or Maven's bare {@code [INFO]}) ends the heading's part, since "Killed" alone says it
     * all. A heading that ends in a colon introduces a list that the test's or the place's name stands for, and
     * stays.
     */
    static String withLineBelowAHeading(EvidenceLine best, Evidence evidence) {
        String heading = best.text().strip();
        if (heading.isEmpty() || heading.length() > MAX_HEADING_LENGTH
                || heading.split("\\s+").length > MAX_HEADING_WORDS || heading.endsWith(":")) {
            return best.text();
        }
        for (LogBlock block : evidence.blocks()) {
            List<NormalizedLine> lines = block.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).number() == best.number() && lines.get(i).source().equals(best.source())) {
                    String below = firstWordsBelow(lines, i);
                    return below == null ? best.text()
                            : heading + (heading.contains(": ") ? "; " : ": ") + below.replaceAll("\\s+", " ");
                }
            }
        }
        return best.text();
    }

    private static String firstWordsBelow(List<NormalizedLine> lines, int heading) {
        for (int i = heading + 1; i < Math.min(lines.size(), heading + 1 + BELOW_HEADING); i++) {
            String text = LevelMarker.strip(lines.get(i).text().strip());
            if (text.isEmpty()) {
                return null;
            }
            if (text.codePoints().anyMatch(Character::isLetter)) {
                return text;
            }
        }
        return null;
    }
}
