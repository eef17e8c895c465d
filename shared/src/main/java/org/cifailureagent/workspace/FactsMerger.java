package org.cifailureagent.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.tests.TestNameKey;

/**
 * Merges what the workspace says with what the log says, without duplicates: the log's entries come first (they
 * carry log line numbers), the reports add what the log did not show.
 */
public final class FactsMerger {
    private FactsMerger() {
    }

    /** The locations the log named, to hand to the workspace step. */
    public static List<SourceLine> asSourceLines(List<Location> locations) {
        return locations.stream().map(l -> new SourceLine(l.file(), l.line())).toList();
    }

    public static List<FailingTest> failingTests(List<FailingTest> fromLog, WorkspaceFacts facts) {
        List<FailingTest> merged = new ArrayList<>(fromLog);
        Set<String> seen = new HashSet<>();
        fromLog.forEach(t -> seen.add(TestNameKey.of(t.name())));
        for (ReportedTest test : facts.failedTests()) {
            if (seen.add(TestNameKey.of(test.name()))) {
                merged.add(new FailingTest(test.name(), test.message(), null, 0));
            }
        }
        return merged;
    }

    /** Log locations get their workspace path; report stack frames are added unless the log named that line. */
    public static List<Location> locations(List<Location> fromLog, WorkspaceFacts facts) {
        List<Location> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Location location : fromLog) {
            String path = location.path() != null ? location.path() : facts.resolvedPaths().get(location.file());
            Location resolved = path == null ? location : location.withPath(path);
            merged.add(resolved);
            seen.add((path != null ? path : location.file()) + ":" + location.line());
        }
        for (ReportedTest test : facts.failedTests()) {
            SourceLine at = test.location();
            if (at != null && seen.add(at.file() + ":" + at.line())) {
                merged.add(new Location(at.file(), at.file(), at.line(), null,
                        test.name() + (test.message().isEmpty() ? "" : ": " + test.message()), "test-report",
                        test.report(), 0));
            }
        }
        return merged;
    }
}
