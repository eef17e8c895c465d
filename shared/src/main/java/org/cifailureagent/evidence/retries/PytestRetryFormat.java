package org.cifailureagent.evidence.retries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * pytest-rerunfailures, named by node id. Verbose output ({@code -v}) prints every attempt:
 * {@code tests/test_orders.py::test_ships_in_time RERUN} and then {@code … PASSED}; the rerun summary ({@code -rR})
 * prints one {@code RERUN tests/test_orders.py::test_ships_in_time} per rerun, and the short summary
 * {@code FAILED …} the tests that failed for good. A rerun test not failed for good by the session's end line
 * ({@code === 1 failed, 1 passed, 3 rerun in 0.07s ===}) passed. Without {@code -v} or {@code -rR} pytest only
 * counts reruns ({@code 3 rerun}) and names no test, so nothing is found.
 */
final class PytestRetryFormat implements RetryFormat {
    private static final int MAX_FAILED = 10_000;
    private static final Pattern RERUN_COUNT = Pattern.compile("\\b\\d+ rerun\\b");
    /** The word of a verbose attempt line, which no cheaper test than a search of the whole line finds. */
    static final List<String> CUES = List.of(".py::");

    private final BooleanSupplier cued;

    private final RetryLedger verbose = new RetryLedger();
    private final Map<String, NormalizedLine> rerunNamedAt = new LinkedHashMap<>();
    private final Map<String, Integer> reruns = new LinkedHashMap<>();
    private final Set<String> failedForGood = new HashSet<>();
    /** More tests failed than are kept: a rerun test not among the kept ones may still have failed. */
    private boolean failuresUnknown;
    private boolean ended;

    /** @param cued whether the line being read holds one of {@link #CUES} (ignoring case); false spares the search */
    PytestRetryFormat(BooleanSupplier cued) {
        this.cued = cued;
    }

    @Override
    public void accept(NormalizedLine line) {
        String text = line.text();
        if (text.startsWith("RERUN ")) {
            String test = nodeId(word(text, 1));
            if (test != null && (reruns.containsKey(test) || reruns.size() < RetryLedger.MAX_TESTS)) {
                rerunNamedAt.putIfAbsent(test, line);
                reruns.merge(test, 1, Integer::sum);
            }
        } else if (text.startsWith("FAILED ") || text.startsWith("ERROR ")) {
            String test = nodeId(word(text, 1));
            if (test != null) {
                if (failedForGood.size() < MAX_FAILED) {
                    failedForGood.add(test);
                } else {
                    failuresUnknown = true;
                }
            }
        } else if (text.startsWith("=")) {
            ended |= text.endsWith("=") && RERUN_COUNT.matcher(text).find();
        } else if (cued.getAsBoolean() && text.contains(".py::")) {
            String test = nodeId(word(text, 0));
            String outcome = word(text, 1);
            // Only a test that was rerun is kept; the final outcome of every other test is no retry.
            if (test != null && (outcome.equals("RERUN") || verbose.contains(test)
                    && (outcome.equals("PASSED") || outcome.equals("FAILED") || outcome.equals("ERROR")))) {
                verbose.add(test, outcome.equals("PASSED") ? Attempt.PASSED : Attempt.FAILED, line);
            }
        }
    }

    /** The {@code index}th space-separated word of {@code text}, "" when it has fewer. */
    /**
     * The {@code index}-th word between single spaces ({@code ""} when the line has fewer): without a split of the
     * whole line, since pytest's verbose output makes this run on every test it prints.
     */
    private static String word(String text, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            int space = text.indexOf(' ', start);
            if (space < 0) {
                return "";
            }
            start = space + 1;
        }
        int end = text.indexOf(' ', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** {@code word} when it is a node id ({@code tests/test_orders.py::test_totals}), else null. */
    private static String nodeId(String word) {
        int module = word.indexOf(".py::");
        return module > 0 && word.length() > module + 5 ? word : null;
    }

    @Override
    public List<RetriedTest> finish() {
        List<RetriedTest> tests = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (RetriedTest test : verbose.tests()) {
            if (test.attempts().size() > 1) {
                tests.add(test);
                named.add(test.name());
            }
        }
        reruns.forEach((name, count) -> {
            if (!named.contains(name)) {
                List<Attempt> attempts = new ArrayList<>(Collections.nCopies(
                        Math.min(count, RetryLedger.MAX_ATTEMPTS), Attempt.FAILED));
                if (failedForGood.contains(name)) {
                    attempts.add(Attempt.FAILED);
                } else if (ended && !failuresUnknown) {
                    attempts.add(Attempt.PASSED);
                }
                NormalizedLine at = rerunNamedAt.get(name);
                tests.add(new RetriedTest(name, attempts, at.source(), at.number()));
            }
        });
        return tests;
    }
}
