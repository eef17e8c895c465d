package org.cifailureagent.classify;

import java.util.List;
import org.cifailureagent.evidence.Evidence;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.structure.BuildStructure;

/** Everything the earlier stages found, as input to a classifier. */
public record Signals(Evidence evidence, BuildStructure structure, List<Location> locations,
                      List<FailingTest> failingTests, boolean passingLogGiven) {
    public Signals {
        locations = List.copyOf(locations);
        failingTests = List.copyOf(failingTests);
    }

    /**
     * Whether the log shows no sign of a failure at all: no line that reads as an error, no rule's hit, no failed
     * test, no exit status. A passing build's log looks so, and one that ends before its failure was printed.
     */
    public boolean showNoFailure() {
        return evidence.ranked().isEmpty() && evidence.ruleMatches().isEmpty() && failingTests.isEmpty()
                && structure.exitStatus() == null;
    }
}
