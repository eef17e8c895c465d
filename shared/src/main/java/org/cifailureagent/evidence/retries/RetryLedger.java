package org.cifailureagent.evidence.retries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * The attempts of retried tests as a format reads them, in log order and bounded: at most {@link #MAX_TESTS} tests
 * of {@link #MAX_ATTEMPTS} attempts each (a log can print any number; runners retry a few times).
 */
final class RetryLedger {
    static final int MAX_TESTS = 200;
    static final int MAX_ATTEMPTS = 20;

    private final Map<String, Entry> tests = new LinkedHashMap<>();

    private static final class Entry {
        final List<Attempt> attempts = new ArrayList<>();
        final String source;
        final long number;

        Entry(NormalizedLine namedAt) {
            this.source = namedAt == null ? null : namedAt.source();
            this.number = namedAt == null ? 0 : namedAt.number();
        }
    }

    /** Records one attempt of {@code name}; {@code namedAt} is the line that named it first. */
    void add(String name, Attempt attempt, NormalizedLine namedAt) {
        Entry entry = tests.get(name);
        if (entry == null) {
            if (tests.size() >= MAX_TESTS) {
                return;
            }
            entry = new Entry(namedAt);
            tests.put(name, entry);
        }
        if (entry.attempts.size() < MAX_ATTEMPTS) {
            entry.attempts.add(attempt);
        }
    }

    boolean contains(String name) {
        return tests.containsKey(name);
    }

    List<RetriedTest> tests() {
        List<RetriedTest> retried = new ArrayList<>();
        tests.forEach((name, e) -> retried.add(new RetriedTest(name, e.attempts, e.source, e.number)));
        return retried;
    }
}
