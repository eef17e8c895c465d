package org.cifailureagent.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * A log that another program keeps and opens on demand, such as Jenkins' {@code Run.getLogInputStream()} (which
 * handles compressed and external log storage). It is streamed, never loaded whole. A log longer than
 * {@code maxBytes} is analyzed from its last {@code maxBytes} only, because that is where builds fail; the line
 * breaks of the skipped head are counted, so line numbers stay those of the whole log.
 */
public final class StreamedLog implements BuildLog {
    /** Opens the log from its first byte; each call gives a new stream. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;
    private final long length;
    private final long maxBytes;
    private final LineSplitter splitter;

    /**
     * @param length   the log's length in bytes, or a negative number when unknown (then it is read whole)
     * @param maxBytes bytes analyzed at most, counted from the end
     */
    public StreamedLog(String name, Opener opener, long length, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.name = name;
        this.opener = opener;
        this.length = length;
        this.maxBytes = maxBytes;
        this.splitter = new LineSplitter();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(LineSink sink) throws IOException {
        try (InputStream in = opener.open()) {
            long skipped = length - maxBytes;
            if (skipped <= 0) {
                sink.startSource(name);
                splitter.split(in, name, sink);
                return;
            }
            LineOffsets.HeadSkip head = LineOffsets.skipLines(in, skipped);
            sink.startSource(name);
            sink.warning(name + " has " + length + " bytes; analyzed its last " + (length - head.bytes())
                    + " bytes, from line " + (head.lines() + 1));
            splitter.split(in, name, new Renumbering(sink, head.lines()));
        }
    }

    /** Gives lines their number in the whole log. */
    private record Renumbering(LineSink sink, long offset) implements LineSink {
        @Override
        public void accept(LogLine line) {
            sink.accept(new LogLine(line.source(), line.number() + offset, line.text(), line.truncated()));
        }

        @Override
        public void startSource(String source) {
            sink.startSource(source);
        }

        @Override
        public void warning(String message) {
            sink.warning(message);
        }
    }
}
