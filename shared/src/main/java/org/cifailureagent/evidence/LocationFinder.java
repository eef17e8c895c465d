package org.cifailureagent.evidence;

import java.util.List;

/** Finds file locations in compiler and tool output within the evidence blocks. */
public interface LocationFinder {
    List<Location> find(List<LogBlock> blocks);
}
