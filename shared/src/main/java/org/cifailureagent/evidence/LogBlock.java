package org.cifailureagent.evidence;

import java.util.List;
import org.cifailureagent.normalize.NormalizedLine;

/** Consecutive lines of one source around evidence; tool parsers run over these, never over the whole log. */
public record LogBlock(String source, List<NormalizedLine> lines) {
    public LogBlock {
        lines = List.copyOf(lines);
    }
}
