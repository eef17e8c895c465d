package org.cifailureagent.evidence;

import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

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
    private static final Trie TRIE = Trie.builder().ignoreCase().addKeywords(WEIGHTS.keySet())
            .addKeywords(CONSEQUENCES).addKeywords(NON_ERRORS).build();
    private static final java.util.Set<String> CONSEQUENCE_SET = java.util.Set.of(CONSEQUENCES);
    private static final java.util.Set<String> NON_ERROR_SET = java.util.Set.of(NON_ERRORS);

    private ErrorKeywords() {
    }

    static java.util.Set<String> words() {
        return WEIGHTS.keySet();
    }

    /** What the keyword lists say of one line. */
    record Reading(int weight, boolean consequence, boolean nonError) {
        static final Reading NOTHING = new Reading(0, false, false);
    }

    static Reading read(String text) {
        java.util.Collection<Emit> emits = TRIE.parseText(text);
        if (emits.isEmpty()) {
            return Reading.NOTHING;
        }
        int weight = 0;
        boolean consequence = false;
        boolean nonError = false;
        for (Emit emit : emits) {
            String keyword = emit.getKeyword();
            Integer w = WEIGHTS.get(keyword);
            if (w != null) {
                weight = Math.max(weight, w);
            }
            consequence |= CONSEQUENCE_SET.contains(keyword);
            nonError |= NON_ERROR_SET.contains(keyword);
        }
        return new Reading(weight, consequence, nonError);
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
