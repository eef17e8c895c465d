package org.cifailureagent.explain.flaky;

import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.report.Report;

/**
 * A job's history built from the reports its earlier builds stored, for hosts that keep reports beside their builds
 * (the Jenkins plugin) instead of a history file. The records are those {@link HistoryReader} reads from a file.
 */
public final class ReportHistory {
    private ReportHistory() {
    }

    /**
     * One earlier build.
     *
     * @param report its stored report; null for a passing build or a failed one that was not analyzed
     */
    public record Run(String id, String commit, String timestamp, boolean success, Report report) {
    }

    /** The history of {@code runs}, oldest first; only the newest {@link HistoryReader#MAX_RUNS} are kept. */
    public static History of(List<Run> runs) {
        List<HistoryRecord> records = new ArrayList<>();
        for (Run run : runs.subList(Math.max(0, runs.size() - HistoryReader.MAX_RUNS), runs.size())) {
            Report report = run.success() ? null : run.report();
            records.add(new HistoryRecord(run.id(), run.commit(), run.timestamp(), run.success(),
                    report == null ? null : report.category(),
                    report == null ? null : report.fingerprint(),
                    report == null || report.failingTests() == null ? List.of()
                            : report.failingTests().stream().map(Report.ReportTest::name).toList()));
        }
        return new History(records, List.of());
    }
}
