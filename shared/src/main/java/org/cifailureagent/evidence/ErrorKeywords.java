package org.cifailureagent.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cifailureagent.rules.LiteralAutomaton;

/**
 * Words that make a line likely to explain a failure even when no rule knows it, with how much they weigh.
 * And phrases of lines that report a failure's consequence (the build's summary, the exit of the step) rather
 * than its cause: they stay evidence of last resort. And phrases in which an error word says there was none.
 */
final class ErrorKeywords {
    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("error", 4), Map.entry("fatal", 5), Map.entry("failed", 4), Map.entry("failure", 3),
            Map.entry("fail:", 4), Map.entry("fail ", 3), Map.entry("exception", 3), Map.entry("panic", 4),
            Map.entry("traceback", 3), Map.entry("cannot", 2), Map.entry("can't", 2), Map.entry("could not", 3),
            Map.entry("unable to", 3), Map.entry("not found", 3), Map.entry("no such", 3), Map.entry("denied", 3),
            Map.entry("refused", 3), Map.entry("killed", 3), Map.entry("timed out", 3), Map.entry("timeout", 2),
            Map.entry("undefined", 2), Map.entry("missing", 2), Map.entry("invalid", 2), Map.entry("expected", 1),
            Map.entry("assert", 2), Map.entry("abort", 3), Map.entry("segmentation fault", 5),
            Map.entry("out of memory", 5), Map.entry("unsupported", 2), Map.entry("violation", 3),
            Map.entry("err!", 3), Map.entry("warning", 1), Map.entry("deprecated", 0));

    private static final String[] CONSEQUENCES = {
        "build failure", "build failed", "-> [help 1]", "re-run maven", "re-run the build", "to see the full stack",
        "for more information about the errors", "[help 1]", "process completed with exit code",
        "script returned exit code", "finished: failure", "your build exited with", "exited with 1",
        "a complete log of this run", "npm err! code elifecycle", "npm err! errno", "command failed with exit code",
        "error: command failed", "error: process completed", "failed to execute goal", "there are test failures",
        "please refer to", "see dump files", "error occurred in starting fork", "execution failed for task",
        "what went wrong", "run with --stacktrace", "run with --info", "get more help at", "compilation failure",
        "npm error a complete log", "npm error code 1", "elifecycle", "the command \"", "done. your build exited",
        "build step '", "error: job failed", "error: failed to build", "could not compile", "make: ***",
        "errors occurred", "test failed", "tests failed", "some tests failed", "error: test failed",
        "recipe for target", "exited with 0.", "see full trace by running task with --trace",
    };

    /** A whole line of a tool's warning, whatever words it holds. */
    private static final String[] WARNINGS = {"[warning]"};

    /**
     * Phrases whose error word says there was none ({@code 0 errors}, {@code Failures: 0}, automake's
     * {@code # FAIL:  0}, run-tests.php's {@code Tests failed    :    0}), counts tests that failed as expected
     * (pytest's {@code 2 xfailed}, automake's {@code # XFAIL: 1}, run-tests.php's {@code Expected fail   :}),
     * counts assertions ({@code 5 runs, 5 assertions,}) or names a flag or tool ({@code -Werror}). Each cancels only
     * its own words: the line {@code 5 examples, 0 failures, 1 error occurred outside of examples} still reports an
     * error. A phrase that begins or ends with a digit holds only where no digit continues it: {@code 10 errors} is
     * not {@code 0 errors}.
     */
    private static final String[] NEUTRAL = {
        "0 errors", "errors: 0", "failures: 0", "0 failed", "failed: 0", "error(s): 0", "0 error", "0 failures",
        "0 violations", "0 checkstyle violations", "no errors", "# fail 0", "# fail  0", "# fail:  0", "# error: 0",
        "# xfail:", "-werror", "errorprone", "error_prone", "assertions,", "assertions)", "assertions/s",
        "assertions:", "xfailed", "expected failed test summary", "expected fail   :", "tests failed    :    0",
    };

    /** One automaton for all four lists: a single pass over each line instead of four. */
    private static final List<String> KEYWORDS;
    private static final LiteralAutomaton AUTOMATON;
    /** By keyword index: its weight (-1 for a phrase of the other lists), and which list it belongs to. */
    private static final int[] WEIGHT;
    private static final boolean[] CONSEQUENCE;
    private static final boolean[] WARNING;
    private static final boolean[] NEUTRAL_PHRASE;
    /** By keyword index: a keyword of letters only, which a dotted name can hold ({@link #standsOutsideDottedNames}). */
    private static final boolean[] WORD;

    static {
        List<String> keywords = new ArrayList<>(WEIGHTS.keySet());
        keywords.addAll(List.of(CONSEQUENCES));
        keywords.addAll(List.of(WARNINGS));
        keywords.addAll(List.of(NEUTRAL));
        KEYWORDS = List.copyOf(keywords);
        AUTOMATON = LiteralAutomaton.of(KEYWORDS);
        WEIGHT = new int[KEYWORDS.size()];
        CONSEQUENCE = new boolean[KEYWORDS.size()];
        WARNING = new boolean[KEYWORDS.size()];
        NEUTRAL_PHRASE = new boolean[KEYWORDS.size()];
        WORD = new boolean[KEYWORDS.size()];
        Set<String> consequences = Set.of(CONSEQUENCES);
        Set<String> warnings = Set.of(WARNINGS);
        Set<String> neutral = Set.of(NEUTRAL);
        for (int i = 0; i < KEYWORDS.size(); i++) {
            String keyword = KEYWORDS.get(i);
            WEIGHT[i] = WEIGHTS.getOrDefault(keyword, -1);
            CONSEQUENCE[i] = consequences.contains(keyword);
            WARNING[i] = warnings.contains(keyword);
            NEUTRAL_PHRASE[i] = neutral.contains(keyword);
            WORD[i] = WEIGHT[i] >= 0 && keyword.chars().allMatch(Character::isLetter);
        }
    }

    private ErrorKeywords() {
    }

    /**
     * What the keyword lists say of one line.
     *
     * @param weight the heaviest keyword's, neutral phrases' own words left out
     * @param warning the line is a tool's warning
     * @param neutral the line holds a phrase that says there was no error
     */
    record Reading(int weight, boolean consequence, boolean warning, boolean neutral) {
        static final Reading NOTHING = new Reading(0, false, false, false);

        boolean nonError() {
            return warning || neutral;
        }
    }

    /** All keywords of the lists, in the order that {@link #read(BitSet, String)} takes. */
    static List<String> list() {
        return KEYWORDS;
    }

    /**
     * What the keywords found in a line (indexes into {@link #list()}) say of it. Indexes beyond the list are other
     * words found in the same pass, not keywords.
     */
    static Reading read(BitSet found, String text) {
        int first = found.nextSetBit(0);
        if (first < 0 || first >= KEYWORDS.size()) {
            return Reading.NOTHING;
        }
        int weight = 0;
        boolean consequence = false;
        boolean warning = false;
        String lower = null;
        for (int i = first; i >= 0 && i < KEYWORDS.size(); i = found.nextSetBit(i + 1)) {
            if (NEUTRAL_PHRASE[i]) {
                return readWithoutNeutralPhrases(text, lower, found);
            }
            if (WORD[i]) {
                lower = lower == null ? text.toLowerCase(Locale.ROOT) : lower;
                if (!standsOutsideDottedNames(lower, KEYWORDS.get(i))) {
                    continue;
                }
            }
            weight = Math.max(weight, WEIGHT[i]);
            consequence |= CONSEQUENCE[i];
            warning |= WARNING[i];
        }
        return new Reading(weight, consequence, warning, false);
    }

    static Reading read(String text) {
        BitSet found = new BitSet();
        AUTOMATON.find(text, found::set);
        return read(found, text);
    }

    /**
     * Reads the line again with the neutral phrases found in it blanked out, when any of them holds: a keyword found
     * counts if it is still there. Lines that hold such a phrase are common (Surefire's {@code Tests run: 5, Failures:
     * 0, Errors: 0} is one line in fourteen of a Maven build), so this works on the lower-cased line with
     * {@code String.indexOf}, which the JVM runs as an intrinsic.
     */
    private static Reading readWithoutNeutralPhrases(String text, String loweredAlready, BitSet found) {
        String lower = loweredAlready != null ? loweredAlready : text.toLowerCase(Locale.ROOT);
        char[] chars = null;
        if (lower.length() == text.length()) {
            for (int i = found.nextSetBit(0); i >= 0 && i < KEYWORDS.size(); i = found.nextSetBit(i + 1)) {
                if (NEUTRAL_PHRASE[i]) {
                    chars = blankOut(lower, KEYWORDS.get(i), chars);
                }
            }
        }
        String rest = chars == null ? null : new String(chars);
        int weight = 0;
        boolean consequence = false;
        boolean warning = false;
        for (int i = found.nextSetBit(0); i >= 0 && i < KEYWORDS.size(); i = found.nextSetBit(i + 1)) {
            String keyword = KEYWORDS.get(i);
            if (!NEUTRAL_PHRASE[i] && (rest == null || rest.contains(keyword))
                    && (!WORD[i] || standsOutsideDottedNames(rest == null ? lower : rest, keyword))) {
                weight = Math.max(weight, WEIGHT[i]);
                consequence |= CONSEQUENCE[i];
                warning |= WARNING[i];
            }
        }
        return new Reading(weight, consequence, warning, rest != null);
    }

    /**
     * Whether the keyword stands somewhere in the lower-cased line other than in a name that a dot continues: a file's
     * ({@code library/std/src/panicking.rs:80}, Jest's suite {@code handled-error.js}, Elixir's
     * {@code Compiled lib/exception.ex}), or a class's or package's before its member ({@code at
     * ResponseError.ExtendableBuiltin}, {@code org.junit.Assert.fail(}). Such names fill backtraces, compile lines
     * and test lists and say nothing of a failure; the exception a stack names stands last
     * ({@code java.lang.AssertionError:}) and still counts.
     */
    private static boolean standsOutsideDottedNames(String lower, String keyword) {
        for (int at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1)) {
            int end = at + keyword.length();
            while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
                end++;
            }
            boolean dotContinues = end + 1 < lower.length() && lower.charAt(end) == '.'
                    && Character.isLetter(lower.charAt(end + 1));
            if (!dotContinues) {
                return true;
            }
        }
        return false;
    }

    /** Blanks out each place where {@code phrase} holds in the lower-cased line; {@code chars} is null until one does. */
    private static char[] blankOut(String lower, String phrase, char[] chars) {
        for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
            if (standsAlone(lower, at, phrase)) {
                chars = chars == null ? lower.toCharArray() : chars;
                Arrays.fill(chars, at, at + phrase.length(), ' ');
            }
        }
        return chars;
    }

    private static boolean standsAlone(String text, int at, String phrase) {
        int end = at + phrase.length();
        boolean digitBefore = Character.isDigit(phrase.charAt(0)) && at > 0
                && (Character.isDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '.');
        boolean digitAfter = Character.isDigit(phrase.charAt(phrase.length() - 1)) && end < text.length()
                && Character.isDigit(text.charAt(end));
        return !digitBefore && !digitAfter;
    }

    /** The heaviest keyword's weight (0 when none). */
    static int weight(String text) {
        return read(text).weight();
    }
}
