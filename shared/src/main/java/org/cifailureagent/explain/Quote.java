package org.cifailureagent.explain;

import java.util.List;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Evidence;
import org.cifailureagent.evidence.EvidenceLine;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.evidence.PythonTraceback;
import org.cifailureagent.evidence.tests.PytestSections;
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
    /**
     * A file's name alone heads its findings at any length, ESLint's and stylelint's full paths, when a finding's
     * {@code line:column} follows; prettier's {@code --list-different} prints names with no findings below.
     */
    private static final Pattern FILE_NAME = Pattern.compile("^[\\w./@~+-]+\\.\\w{1,8}$");
    private static final Pattern FINDING = Pattern.compile("^\\d+:\\d+\\b");
    /** How far below a heading its first line of words may be: past the lines of dashes of a box. */
    private static final int BELOW_HEADING = 3;
    /** Karma's {@code Chrome 75.0.3770 (Mac OS X 10.13.6) ERROR} over the indented reason, as a colon would end it. */
    private static final Pattern ENDS_IN_LEVEL = Pattern.compile("\\S \\s*(?:ERROR|FAILED|FAIL)$");

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
     * A best line of a word or two is a heading whose substance is printed under it: stylelint's or ESLint's file name
     * (of any length) over its findings, awesome_bot's "> Links" over the dead links, R's "ERROR" over "Running the
     * tests in … failed", PHPStan's boxed "Error". The quote then adds the first line below that says something,
     * past lines of only dashes; a blank line (or Maven's bare {@code [INFO]}) ends the heading's part, since
     * "Killed" alone says it all. A heading that ends in a colon introduces a list that the test's or the place's
     * name stands for, and stays.
     *
     * <p>A longer line that ends in a colon introduces its details, indented below it: CMake's
     * {@code CMake Error at FindBoost.cmake:1201 (message):} over "Unable to find the requested Boost libraries",
     * GHC's {@code Main.hs:9:5: error:} over the error, conda's {@code PackagesNotFoundError: ...:} over the
     * packages; a line that ends in a level word does the same (Karma's {@code Chrome 75.0 (Mac OS X) ERROR} over
     * "Disconnected, because no message in 30000 ms"). The quote adds the first of them, unless the sentence names
     * the tests that they list (Jest's {@code Flaky tests detected (1):}). Python's
     * {@code Traceback (most recent call last):} introduces frames instead, and the exception it ends with is quoted
     * in its place.
     *
     * <p>pytest heads each failure's section with its title in a rule of underscores ({@code ____ test_div ____},
     * {@code ____ ERROR collecting tests/test_rates.py ____}); the section's first {@code E} line is what went wrong.
     *
     * @param testsNamed whether the sentence names the failed tests after the quote
     */
    static String withLineBelowAHeading(EvidenceLine best, Evidence evidence, boolean testsNamed) {
        String heading = best.text().strip();
        if (heading.isEmpty()) {
            return best.text();
        }
        boolean pytestSection = PytestSections.isHeader(heading);
        boolean shortHeading = (heading.length() <= MAX_HEADING_LENGTH || FILE_NAME.matcher(heading).matches())
                && heading.split("\\s+").length <= MAX_HEADING_WORDS && !heading.endsWith(":");
        boolean introduction = !shortHeading && (heading.endsWith(":") || ENDS_IN_LEVEL.matcher(heading).find())
                && !testsNamed;
        if (!shortHeading && !introduction && !pytestSection) {
            return best.text();
        }
        for (LogBlock block : evidence.blocks()) {
            List<NormalizedLine> lines = block.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).number() == best.number() && lines.get(i).source().equals(best.source())) {
                    if (pytestSection) {
                        return sectionError(lines, i, best.text());
                    }
                    if (shortHeading) {
                        String below = firstWordsBelow(lines, i);
                        boolean longFileName = heading.length() > MAX_HEADING_LENGTH;
                        if (below == null || longFileName && !FINDING.matcher(below).find()) {
                            return best.text();
                        }
                        return heading + (heading.contains(": ") ? "; " : ": ") + below.replaceAll("\\s+", " ");
                    }
                    return PythonTraceback.isHeader(heading) ? exceptionEnding(lines, i, best.text())
                            : withIndentedDetail(lines, i, best.text());
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

    /** The first {@code E} line of the pytest section headed at {@code header}, when the block reaches it. */
    private static String sectionError(List<NormalizedLine> lines, int header, String text) {
        for (int i = header + 1; i < lines.size() && !PytestSections.isHeader(lines.get(i).text()); i++) {
            String error = PytestSections.error(lines.get(i).text());
            if (error != null) {
                return error;
            }
        }
        return text;
    }

    /**
     * The introduction and the line right below it (past one blank line), when that line is indented deeper and holds
     * words.
     */
    private static String withIndentedDetail(List<NormalizedLine> lines, int introduction, String text) {
        int next = introduction + 1;
        if (next < lines.size() - 1 && lines.get(next).text().isBlank()) {
            next++; // xcodebuild's "Testing failed:" leaves a blank line above its tab-indented errors
        }
        if (next >= lines.size()) {
            return text;
        }
        String below = lines.get(next).text();
        boolean deeper = indent(below) > indent(text);
        return deeper && below.codePoints().anyMatch(Character::isLetter)
                ? text.strip() + " " + below.strip().replaceAll("\\s+", " ") : text;
    }

    /** The exception that ends the traceback headed at {@code header}, when the block reaches it. */
    private static String exceptionEnding(List<NormalizedLine> lines, int header, String text) {
        for (int i = header + 1; i < lines.size(); i++) {
            String line = lines.get(i).text();
            if (PythonTraceback.ends(text, line)) {
                return line.isBlank() ? text : line.stripLeading();
            }
        }
        return text;
    }

    private static int indent(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
