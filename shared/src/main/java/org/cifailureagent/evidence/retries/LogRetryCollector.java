package org.cifailureagent.evidence.retries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Finds tests that a runner retried in this build, and the outcome of each attempt, as the log prints them
 * (Surefire/Failsafe reruns, pytest-rerunfailures, jest retries, Vim's harness). It reads every line of the log, not
 * only the evidence: a retry that passed prints no error. One instance reads one log; its state is bounded.
 */
public final class LogRetryCollector {
    public static final int MAX_TESTS = 50;
    /**
     * Words that the formats otherwise search every line for: a scan finds them in its one literal pass over the line
     * and tells the collector ({@link #LogRetryCollector(BooleanSupplier)}).
     */
    public static final List<String> CUES = Stream.concat(PytestRetryFormat.CUES.stream(), JestRetryFormat.CUES.stream())
            .toList();

    private final List<RetryFormat> formats;

    /** A collector that searches every line itself. */
    public LogRetryCollector() {
        this(() -> true);
    }

    /** @param cued whether the line being read holds one of {@link #CUES}, ignoring case */
    public LogRetryCollector(BooleanSupplier cued) {
        formats = List.of(new SurefireRetryFormat(), new PytestRetryFormat(cued), new JestRetryFormat(cued),
                new VimRetryFormat());
    }

    public void accept(NormalizedLine line) {
        for (RetryFormat format : formats) {
            format.accept(line);
        }
    }

    /** The retried tests, each once (its first report), in the formats' order, at most {@link #MAX_TESTS}. */
    public List<RetriedTest> finish() {
        Map<String, RetriedTest> byName = new LinkedHashMap<>();
        for (RetryFormat format : formats) {
            for (RetriedTest test : format.finish()) {
                if (byName.size() < MAX_TESTS) {
                    byName.putIfAbsent(test.name(), test);
                }
            }
        }
        return new ArrayList<>(byName.values());
    }
}
