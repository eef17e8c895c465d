package org.cifailureagent.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Byte offsets of lines (1-based, counting LF only, like {@link LineSplitter}), so that a viewer that shows a log
 * from some byte on (Jenkins' console shows only the tail of a large log) can still find a given line. Every method
 * streams and keeps nothing of the text.
 */
public final class LineOffsets {
    private static final int BUFFER = 64 * 1024;

    private LineOffsets() {
    }

    /** How much of a log's head was skipped: whole lines only. */
    public record HeadSkip(long bytes, long lines) {
    }

    /** The byte offset at which each of {@code lineNumbers} starts, for the lines the stream has. */
    public static Map<Long, Long> startsOf(InputStream in, Collection<Long> lineNumbers) throws IOException {
        TreeSet<Long> wanted = new TreeSet<>(lineNumbers);
        wanted.removeIf(n -> n < 1);
        Map<Long, Long> starts = new TreeMap<>();
        if (wanted.isEmpty()) {
            return starts;
        }
        if (wanted.first() == 1) {
            starts.put(1L, 0L);
        }
        long last = wanted.last();
        long line = 1;
        long offset = 0;
        byte[] buffer = new byte[BUFFER];
        int read;
        while (line < last && (read = in.read(buffer)) != -1) {
            for (int i = 0; i < read && line < last; i++) {
                if (buffer[i] == '\n') {
                    line++;
                    if (wanted.contains(line)) {
                        starts.put(line, offset + i + 1);
                    }
                }
            }
            offset += read;
        }
        return starts;
    }

    /**
     * For each target offset (ascending), how many line breaks lie between {@code from} and it: its line's index
     * in a view that starts at byte {@code from}. A target before {@code from} gets -1.
     */
    public static long[] indicesFrom(InputStream in, long from, long[] targets) throws IOException {
        long[] indices = new long[targets.length];
        Arrays.fill(indices, -1);
        skipFully(in, from);
        long offset = from;
        long breaks = 0;
        int next = 0;
        while (next < targets.length && targets[next] < from) {
            next++;
        }
        byte[] buffer = new byte[BUFFER];
        int read;
        while (next < targets.length && (read = in.read(buffer)) != -1) {
            for (int i = 0; i < read; i++) {
                while (next < targets.length && targets[next] == offset + i) {
                    indices[next++] = breaks;
                }
                if (buffer[i] == '\n') {
                    breaks++;
                }
            }
            offset += read;
        }
        while (next < targets.length && targets[next] == offset) {
            indices[next++] = breaks;
        }
        return indices;
    }

    /**
     * Skips at least {@code bytes} bytes and then on to the start of the next line, counting the lines skipped.
     * The stream is left at the start of a line.
     */
    public static HeadSkip skipLines(InputStream in, long bytes) throws IOException {
        long lines = 0;
        long offset = 0;
        boolean atLineStart = true;
        byte[] block = new byte[BUFFER];
        while (offset < bytes) {
            int read = in.read(block, 0, (int) Math.min(block.length, bytes - offset));
            if (read == -1) {
                return new HeadSkip(offset, lines);
            }
            for (int i = 0; i < read; i++) {
                if (block[i] == '\n') {
                    lines++;
                }
            }
            atLineStart = block[read - 1] == '\n';
            offset += read;
        }
        // Finish a partial line byte by byte, so the stream stops right after its LF.
        int b;
        while (!atLineStart && (b = in.read()) != -1) {
            offset++;
            if (b == '\n') {
                lines++;
                atLineStart = true;
            }
        }
        return new HeadSkip(offset, lines);
    }

    private static void skipFully(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() == -1) {
                    return;
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
