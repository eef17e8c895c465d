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
}
