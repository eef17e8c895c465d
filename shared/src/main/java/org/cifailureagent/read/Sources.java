package org.cifailureagent.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Shared handling of one source stream: gzip detection by magic bytes and binary detection. */
final class Sources {
    private static final int SNIFF_BYTES = 8 * 1024;

    private Sources() {
    }

    /** Returns a stream of the source's text, uncompressing gzip (as Jenkins keeps old logs). */
    static InputStream textOf(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == 0x1f && second == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
        }
        return in;
    }

    /** True when the first bytes hold a NUL, the usual sign of a binary file among step logs. */
    static boolean looksBinary(InputStream markable) throws IOException {
        markable.mark(SNIFF_BYTES);
        byte[] head = markable.readNBytes(SNIFF_BYTES);
        markable.reset();
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Reads one source through the splitter, mapping stream corruption to a warning rather than an abort. */
    static void split(InputStream text, String source, LineSplitter splitter, LineSink sink) throws IOException {
        sink.startSource(source);
        try {
            splitter.split(text, source, sink);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            sink.warning(source + " ends early or is corrupt (" + e.getMessage() + "); analyzed what could be read");
        }
    }
}
