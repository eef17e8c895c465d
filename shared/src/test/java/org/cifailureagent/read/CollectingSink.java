package org.cifailureagent.read;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader hands over, for assertions. */
public final class CollectingSink implements LineSink {
    public final List<LogLine> lines = new ArrayList<>();
    public final List<String> sources = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();

    @Override
    public void accept(LogLine line) {
        lines.add(line);
    }

    @Override
    public void startSource(String source) {
        sources.add(source);
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
    }

    public List<String> texts() {
        return lines.stream().map(LogLine::text).toList();
    }
}
