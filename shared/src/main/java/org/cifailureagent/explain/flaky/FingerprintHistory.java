package org.cifailureagent.explain.flaky;

import java.util.List;

/** Whether this failure's fingerprint was seen in the job's recent runs, and how often. */
public record FingerprintHistory(int window, int seen, String lastSeenRun, String text) {

    public static FingerprintHistory of(History history, String fingerprint) {
        List<HistoryRecord> recent = history.last(FlakinessScorer.WINDOW);
        int seen = 0;
        String last = null;
        for (HistoryRecord run : recent) {
            if (fingerprint != null && fingerprint.equals(run.fingerprint())) {
                seen++;
                last = run.run();
            }
        }
        String text = recent.isEmpty() ? "no earlier runs recorded"
                : seen == 0 ? "not seen in the last " + recent.size() + " runs"
                : "seen in " + seen + " of the last " + recent.size() + " runs" + (last == null ? ""
                : ", last in run " + last);
        return new FingerprintHistory(recent.size(), seen, last, text);
    }
}
