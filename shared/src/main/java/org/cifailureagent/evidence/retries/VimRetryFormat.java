package org.cifailureagent.evidence.retries;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Vim's own test harness (src/testdir/runtest.vim) runs again a test that marks itself flaky: after a failed
 * attempt's {@code Found errors in Test_x():} and its errors it prints {@code Flaky test failed, running it again}.
 * Each attempt ends with {@code Executed Test_x() in 0.01 seconds}, printed before that attempt's errors, so a rerun
 * that prints no errors before the next {@code Executed} line passed. The report under {@code Failures:} repeats the
 * errors indented and is not read.
 */
final class VimRetryFormat implements RetryFormat {
    private static final Pattern EXECUTED = Pattern.compile("^Executed (Test_\\w+)\\(\\) ");
    private static final Pattern FOUND = Pattern.compile("^Found errors in (Test_\\w+)\\(\\):$");
    private static final String RETRYING = "Flaky test failed, running it again";

    private final RetryLedger ledger = new RetryLedger();
    /** The test whose errors were printed last, and the line that named it. */
    private String erring;
    private NormalizedLine erringAt;
    /** The test the harness said it would run again, until its next attempt starts. */
    private String awaitingRerun;
    /** A rerun that has printed no errors yet. */
    private String rerunning;

    @Override
    public void accept(NormalizedLine line) {
        String text = line.text();
        if (text.startsWith("Executed ")) {
            if (rerunning != null) {
                ledger.add(rerunning, Attempt.PASSED, null);
                rerunning = null;
            }
            Matcher executed = EXECUTED.matcher(text);
            if (executed.find() && executed.group(1).equals(awaitingRerun)) {
                rerunning = awaitingRerun;
                awaitingRerun = null;
            }
        } else if (text.startsWith("Found errors in ")) {
            Matcher found = FOUND.matcher(text);
            if (found.matches()) {
                erring = found.group(1);
                erringAt = line;
                if (erring.equals(rerunning)) {
                    ledger.add(rerunning, Attempt.FAILED, null);
                    rerunning = null;
                }
            }
        } else if (text.equals(RETRYING) && erring != null) {
            if (!ledger.contains(erring)) {
                ledger.add(erring, Attempt.FAILED, erringAt);
            }
            awaitingRerun = erring;
        }
    }

    @Override
    public List<RetriedTest> finish() {
        List<RetriedTest> retried = new ArrayList<>();
        for (RetriedTest test : ledger.tests()) {
            if (test.attempts().size() > 1) {
                retried.add(test);
            }
        }
        return retried;
    }
}
