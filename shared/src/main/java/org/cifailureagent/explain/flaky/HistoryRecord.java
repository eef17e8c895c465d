package org.cifailureagent.explain.flaky;

import java.util.List;

/**
 * One earlier run of the job, as the integrations record it (one JSON line of the history file).
 * {@code failingTests} hold canonical test names; {@code category} and {@code fingerprint} are those of that run's
 * report (null for a passing run).
 */
public record HistoryRecord(String run, String commit, String timestamp, boolean success, String category,
                            String fingerprint, List<String> failingTests) {
    public HistoryRecord {
        failingTests = List.copyOf(failingTests);
    }
}
