package org.cifailureagent.evidence;

import java.util.List;

/** Finds the names and messages of failed tests in test runners' output within the evidence blocks. */
public interface FailingTestFinder {
    List<FailingTest> find(List<LogBlock> blocks);
}
