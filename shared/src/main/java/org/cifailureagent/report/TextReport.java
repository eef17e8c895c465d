package org.cifailureagent.report;

import java.util.Locale;
import org.cifailureagent.evidence.EvidenceLine;

/** The report for people at a terminal. */
public final class TextReport {
    private static final int SHOWN_LINES = 5;
    private static final int SHOWN_ITEMS = 10;

    private TextReport() {
    }

    public static String render(Report r) {
        StringBuilder out = new StringBuilder();
        out.append(r.input()).append('\n');
        out.append("  category:   ").append(r.category())
                .append(String.format(Locale.ROOT, " (confidence %.2f)", r.confidence())).append('\n');
        out.append("  summary:    ").append(r.summary()).append('\n');
        if (r.failingStep() != null) {
            out.append("  step:       ").append(r.failingStep()).append('\n');
        }
        if (r.exitCode() != null) {
            out.append("  exit code:  ").append(r.exitCode());
            if (r.signal() != null) {
                out.append(" (").append(r.signal()).append(')');
            }
            out.append('\n');
        }
        if (!r.rootCause().lines().isEmpty()) {
            out.append("  root cause:\n");
            for (EvidenceLine line : r.rootCause().lines().subList(0, Math.min(SHOWN_LINES,
                    r.rootCause().lines().size()))) {
                out.append("    ").append(line.source()).append(':').append(line.number()).append("  ")
                        .append(line.text()).append('\n');
            }
        }
        if (!r.locations().isEmpty()) {
            out.append("  locations:\n");
            r.locations().stream().limit(SHOWN_ITEMS).forEach(l -> out.append("    ").append(l.file())
                    .append(l.line() != null ? ":" + l.line() : "").append(l.column() != null ? ":" + l.column() : "")
                    .append(l.message() != null ? "  " + l.message() : "").append('\n'));
        }
        if (!r.failingTests().isEmpty()) {
            out.append("  failing tests:\n");
            r.failingTests().stream().limit(SHOWN_ITEMS).forEach(t -> out.append("    ").append(t.name())
                    .append(t.message() != null ? "  " + t.message() : "").append('\n'));
        }
        if (r.flaky() != null) {
            out.append("  flaky:      ").append(r.flaky().flaky() ? "yes, " : "no, ").append(r.flaky().reason())
                    .append('\n');
            r.flaky().tests().stream().limit(SHOWN_ITEMS).forEach(t -> out.append("    ").append(t.name())
                    .append("  ").append(t.record()).append('\n'));
        }
        if (r.history() != null) {
            out.append("  history:    ").append(r.history().text()).append('\n');
        }
        if (r.suspects() != null && !r.suspects().isEmpty()) {
            out.append("  suspects:\n");
            r.suspects().stream().limit(SHOWN_LINES).forEach(s -> out.append("    ")
                    .append(s.commit(), 0, Math.min(10, s.commit().length())).append("  ").append(s.message())
                    .append(" (").append(s.author()).append(")  ").append(s.why()).append('\n'));
        }
        ShownHints.of(r).forEach(m -> out.append("  hint:       ").append(m.hint()).append(" [").append(m.id()).append("]\n"));
        for (String warning : r.warnings()) {
            out.append("  warning:    ").append(warning).append('\n');
        }
        return out.toString();
    }
}
