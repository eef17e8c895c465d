package org.cifailureagent.explain.flaky;

import java.util.List;

/** A job's earlier runs, oldest first, and what could not be read of them. */
public record History(List<HistoryRecord> runs, List<String> warnings) {
    public History {
        runs = List.copyOf(runs);
        warnings = List.copyOf(warnings);
    }

    /** The newest {@code n} runs, oldest first. */
    public List<HistoryRecord> last(int n) {
        return runs.subList(Math.max(0, runs.size() - n), runs.size());
    }
}
