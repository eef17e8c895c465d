package org.cifailureagent.evidence.retries;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.tests.TestNameKey;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * jest's {@code jest.retryTimes(n, {logErrorsBeforeRetry: true})}: before a test file's results jest prints
 * {@code LOGGING RETRY ERRORS  cart loads prices} and one {@code RETRY 1}, {@code RETRY 2}… block per failed attempt
 * that was retried. A retried test whose failure header ({@code ● cart › loads prices}) follows failed for good;
 * one without it passed, once the run's {@code Tests: … total} line shows the run finished. jest prints the retried
 * test's full name with spaces ({@code cart loads prices}); it takes the failure header's {@code suite › test} form
 * when there is one, or from the file's test tree ({@code PASS ./cart.test.js}, {@code   cart},
 * {@code     ✓ loads prices}) that jest prints for a single test file or with {@code --verbose}. Without
 * {@code logErrorsBeforeRetry} jest prints nothing about retries.
 */
final class JestRetryFormat implements RetryFormat {
    private static final int MAX_DEPTH = 20;
    private static final String RETRIED = "LOGGING RETRY ERRORS";
    private static final String FAILURE_HEADER = "● ";
    /** The words that only a search of the whole line finds. */
    static final List<String> CUES = List.of(RETRIED, FAILURE_HEADER);
    private static final Pattern RETRY = Pattern.compile("RETRY \\d+");
    // Patterns run on stripped lines and avoid a lazy group before trailing white space, so they stay linear.
    private static final Pattern TREE_TEST = Pattern.compile("( +)[✓✕○✎] (.+?)(?: \\(\\d+(?:\\.\\d+)? m?s\\))?");
    private static final Pattern TREE_DESCRIBE = Pattern.compile("( +)([^ ✓✕○✎●].*)");

    private final Map<String, Integer> failedAttempts = new LinkedHashMap<>();
    /** The retried tests' name keys. */
    private final Set<String> retriedKeys = new HashSet<>();
    private final Map<String, NormalizedLine> namedAt = new HashMap<>();
    /** Failure headers by name key: the canonical name of a test that failed for good. */
    private final Map<String, String> failedForGood = new HashMap<>();
    /** Names in jest's form from the test tree, by name key, for retried tests only. */
    private final Map<String, String> treeNames = new HashMap<>();
    /** The describe blocks enclosing the tree line being read: indent and title, outermost first. */
    private final ArrayDeque<Map.Entry<Integer, String>> describes = new ArrayDeque<>();
    private boolean inTree;
    private String current;
    private boolean ended;
    private final BooleanSupplier cued;

    /** @param cued whether the line being read holds one of {@link #CUES} (ignoring case); false spares the search */
    JestRetryFormat(BooleanSupplier cued) {
        this.cued = cued;
    }

    @Override
    public void accept(NormalizedLine line) {
        String text = line.text();
        if (inTree && readTree(text)) {
            return;
        }
        if (text.startsWith("PASS ") || text.startsWith("FAIL ")) {
            current = null;
            inTree = !retriedKeys.isEmpty();
            describes.clear();
        } else if (cued.getAsBoolean() && text.contains(RETRIED)) {
            String name = text.substring(text.indexOf(RETRIED) + RETRIED.length()).strip();
            current = !name.isEmpty() && (failedAttempts.containsKey(name)
                    || failedAttempts.size() < RetryLedger.MAX_TESTS) ? name : null;
            if (current != null) {
                namedAt.putIfAbsent(current, line);
                failedAttempts.putIfAbsent(current, 0);
                retriedKeys.add(TestNameKey.of(current));
            }
        } else if (current != null && text.contains("RETRY ") && RETRY.matcher(text.strip()).matches()) {
            failedAttempts.merge(current, 1, Integer::sum);
        } else if (cued.getAsBoolean() && text.contains(FAILURE_HEADER) && text.strip().startsWith(FAILURE_HEADER)) {
            current = null;
            String name = text.strip().substring(2).strip();
            // Retries are logged before the file's failures, so only failures of retried tests need keeping.
            if (retriedKeys.contains(TestNameKey.of(name))) {
                failedForGood.putIfAbsent(TestNameKey.of(name), name);
            }
        } else if (text.startsWith("Tests:")) {
            current = null;
            ended |= text.stripTrailing().endsWith(" total");
        }
    }

    /**
     * Reads one line of a test file's tree; false when it is neither a describe block nor a test, which ends the
     * tree.
     */
    private boolean readTree(String text) {
        String line = text.stripTrailing();
        Matcher test = TREE_TEST.matcher(line);
        Matcher describe = test.matches() ? null : TREE_DESCRIBE.matcher(line);
        if (!test.matches() && !describe.matches()) {
            inTree = false;
            return false;
        }
        Matcher m = test.matches() ? test : describe;
        int indent = m.group(1).length();
        while (!describes.isEmpty() && describes.peekLast().getKey() >= indent) {
            describes.removeLast();
        }
        if (test.matches()) {
            StringBuilder name = new StringBuilder();
            describes.forEach(d -> name.append(d.getValue()).append(" › "));
            String canonical = name.append(test.group(2)).toString();
            if (retriedKeys.contains(TestNameKey.of(canonical))) {
                treeNames.putIfAbsent(TestNameKey.of(canonical), canonical);
            }
        } else if (describes.size() < MAX_DEPTH) {
            describes.addLast(Map.entry(indent, describe.group(2)));
        }
        return true;
    }

    @Override
    public List<RetriedTest> finish() {
        List<RetriedTest> tests = new ArrayList<>();
        failedAttempts.forEach((name, failures) -> {
            List<Attempt> attempts = new ArrayList<>(Collections.nCopies(
                    Math.min(failures, RetryLedger.MAX_ATTEMPTS), Attempt.FAILED));
            String key = TestNameKey.of(name);
            String failed = failedForGood.get(key);
            if (failed != null) {
                attempts.add(Attempt.FAILED);
            } else if (ended) {
                attempts.add(Attempt.PASSED);
            }
            String canonical = failed != null ? failed : treeNames.getOrDefault(key, name);
            NormalizedLine at = namedAt.get(name);
            tests.add(new RetriedTest(canonical, attempts, at.source(), at.number()));
        });
        return tests;
    }
}
