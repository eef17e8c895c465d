package org.cifailureagent.evidence;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cifailureagent.rules.LiteralAutomaton;

/**
 * Words that make a line likely to explain a failure even when no rule knows it, with how much they weigh.
 * And phrases of lines that report a failure's consequence (the build's summary, the exit of the step) rather
 * than its cause: they stay evidence of last resort.
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
        "recipe for target", "exited with 0.",
    };

    private static final String[] NON_ERRORS = {
        "0 errors", "errors: 0", "failures: 0", "0 failed", "failed: 0", "error(s): 0", "-werror", "errorprone",
        "error_prone", "no errors", "0 error", "[warning]",
    };

    /** One automaton for all three lists: a single pass over each line instead of three. */
    private static final List<String> KEYWORDS;
    private static final LiteralAutomaton AUTOMATON;
    /** By keyword index: its weight (-1 for a phrase of the other lists), and which list it belongs to. */
    private static final int[] WEIGHT;
    private static final boolean[] CONSEQUENCE;
    private static final boolean[] NON_ERROR;

    static {
        List<String> keywords = new ArrayList<>(WEIGHTS.keySet());
        keywords.addAll(List.of(CONSEQUENCES));
        keywords.addAll(List.of(NON_ERRORS));
        KEYWORDS = List.copyOf(keywords);
        AUTOMATON = LiteralAutomaton.of(KEYWORDS);
        WEIGHT = new int[KEYWORDS.size()];
        CONSEQUENCE = new boolean[KEYWORDS.size()];
        NON_ERROR = new boolean[KEYWORDS.size()];
        Set<String> consequences = Set.of(CONSEQUENCES);
        Set<String> nonErrors = Set.of(NON_ERRORS);
        for (int i = 0; i < KEYWORDS.size(); i++) {
            String keyword = KEYWORDS.get(i);
            WEIGHT[i] = WEIGHTS.getOrDefault(keyword, -1);
            CONSEQUENCE[i] = consequences.contains(keyword);
            NON_ERROR[i] = nonErrors.contains(keyword);
        }
    }

    private ErrorKeywords() {
    }

    /** What the keyword lists say of one line. */
    record Reading(int weight, boolean consequence, boolean nonError) {
        static final Reading NOTHING = new Reading(0, false, false);
    }

    /** All keywords of the three lists, in the order that {@link #read(BitSet)} takes. */
    static List<String> list() {
        return KEYWORDS;
    }

    /**
     * What the keywords found in a line (indexes into {@link #list()}) say of it. Indexes beyond the list are other
     * words found in the same pass, not keywords.
     */
    static Reading read(BitSet found) {
        int first = found.nextSetBit(0);
        if (first < 0 || first >= KEYWORDS.size()) {
            return Reading.NOTHING;
        }
        int weight = 0;
        boolean consequence = false;
        boolean nonError = false;
        for (int i = first; i >= 0 && i < KEYWORDS.size(); i = found.nextSetBit(i + 1)) {
            weight = Math.max(weight, WEIGHT[i]);
            consequence |= CONSEQUENCE[i];
            nonError |= NON_ERROR[i];
        }
        return new Reading(weight, consequence, nonError);
    }

    static Reading read(String text) {
        if (!AUTOMATON.occursIn(text)) {
            return Reading.NOTHING;
        }
        int[] weight = {0};
        boolean[] consequence = {false};
        boolean[] nonError = {false};
        AUTOMATON.find(text, i -> {
            weight[0] = Math.max(weight[0], WEIGHT[i]);
            consequence[0] |= CONSEQUENCE[i];
            nonError[0] |= NON_ERROR[i];
        });
        return new Reading(weight[0], consequence[0], nonError[0]);
    }

    /** The heaviest keyword's weight (0 when none). */
    static int weight(String text) {
        return read(text).weight();
    }

    static boolean isConsequence(String text) {
        return read(text).consequence();
    }

    static boolean isNonError(String text) {
        return read(text).nonError();
    }
}
