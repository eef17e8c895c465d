package org.cifailureagent.read;

import java.io.IOException;
import java.io.InputStream;

/** A log given as a stream, such as standard input ("-"). It can be read once. */
final class StreamLog implements BuildLog {
    private final String name;
    private final InputStream stream;
    private final LineSplitter splitter;

    StreamLog(String name, InputStream stream, LineSplitter splitter) {
        this.name = name;
        this.stream = stream;
        this.splitter = splitter;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(LineSink sink) throws IOException {
        Sources.split(Sources.textOf(stream), name, splitter, sink);
    }
}
