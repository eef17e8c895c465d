package org.cifailureagent.evidence.retries;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Maven Surefire/Failsafe with {@code rerunFailingTestsCount}: the results' {@code Flakes:}, {@code Failures:} and
 * {@code Errors:} sections name each rerun test ({@code classname.method}) and list its runs:
 * <pre>
 * [WARNING] Flakes:
 * [WARNING] com.example.CacheTest.answersQuicklyWhenWarm
 * [ERROR]   Run 1: CacheTest.answersQuicklyWhenWarm:24 cache was cold
 * [INFO]   Run 2: PASS
 * </pre>
 * The count in {@code Tests run: 2, …, Flakes: 1} names no test, so it is not read.
 */
final class SurefireRetryFormat implements RetryFormat {
    private static final Pattern SECTION = Pattern.compile("^(?:\\[\\w+\\] )?(?:Flakes|Failures|Errors):\\s*$");
    /** {@code classname.method}, with JUnit 5's parameters and invocation when it has them ({@code m(int)[2]}). */
    private static final Pattern NAME = Pattern.compile("^(?:\\[\\w+\\] )?([\\w$]+(?:\\.[\\w$]+)+(?:[(\\[].*)?)$");
    private static final Pattern RUN = Pattern.compile("^(?:\\[\\w+\\])?\\s+Run \\d+: (.*)$");
    /**
     * Surefire ends a results section with its {@code Tests run:} total. Other runners print a {@code Failures:} header
     * too (RSpec, Jasmine, hspec) and no such total: after this many lines in a row that name neither a test nor a run,
     * the section is taken to be over. Without a bound, one such header kept both expressions running on every later
     * line of the log, a fifth of the scan of real CI logs. A rerun's section has no such gap: each test's name is
     * followed by its runs, one line each.
     */
    static final int MAX_LINES_WITHOUT_A_TEST = 20;

    private final RetryLedger ledger = new RetryLedger();
    private boolean inResults;
    private String test;
    private NormalizedLine namedAt;
    private int linesWithoutATest;

    @Override
    public void accept(NormalizedLine line) {
        String text = line.text();
        if (text.endsWith(":") || text.endsWith(": ")) {
            if (SECTION.matcher(text).matches()) {
                inResults = true;
                test = null;
                linesWithoutATest = 0;
                return;
            }
        }
        if (!inResults) {
            return;
        }
        if (text.contains("Tests run:")) {
            inResults = false;
            test = null;
            return;
        }
        Matcher run = RUN.matcher(text);
        if (run.matches()) {
            if (test != null) {
                ledger.add(test, run.group(1).strip().equals("PASS") ? Attempt.PASSED : Attempt.FAILED, namedAt);
            }
            linesWithoutATest = 0;
            return;
        }
        // Matched without trailing white space: the pattern's last group would try every split of it.
        Matcher name = NAME.matcher(text.stripTrailing());
        test = name.matches() ? name.group(1) : null;
        namedAt = line;
        if (test != null) {
            linesWithoutATest = 0;
        } else if (++linesWithoutATest >= MAX_LINES_WITHOUT_A_TEST) {
            inResults = false;
        }
    }

    @Override
    public List<RetriedTest> finish() {
        return ledger.tests();
    }
}
