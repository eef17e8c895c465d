package org.cifailureagent.evidence.locations;

import java.util.List;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;

/** One tool's output format that analysis-model does not parse, read straight from a block's lines. */
interface LineFormat {
    List<Location> find(LogBlock block);
}
