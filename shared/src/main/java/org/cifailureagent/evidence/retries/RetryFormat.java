package org.cifailureagent.evidence.retries;

import java.util.List;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * One test runner's way of printing retried tests. It reads the whole log line by line, keeping only the retried
 * tests it has seen (bounded), so one instance serves one log.
 */
interface RetryFormat {
    /** Reads the next line of the log. */
    void accept(NormalizedLine line);

    /** The retried tests seen, in log order, each with its attempts. */
    List<RetriedTest> finish();
}
