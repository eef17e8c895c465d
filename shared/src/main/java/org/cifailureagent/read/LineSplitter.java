package org.cifailureagent.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines on LF only, in bounded memory. {@code BufferedReader.readLine()} also splits on
 * a bare CR, which would shift every line number after a progress bar; labels, annotations and console links all
 * count LF, so this class does too. A line longer than the cap keeps its number but only its first bytes.
 */
public final class LineSplitter {
    /** Bytes of one line kept for analysis; the rest is skipped but the line still counts. */
    public static final int DEFAULT_MAX_LINE_BYTES = 16 * 1024;
    private static final int BUFFER_SIZE = 64 * 1024;

    private final int maxLineBytes;

    public LineSplitter() {
        this(DEFAULT_MAX_LINE_BYTES);
    }

    public LineSplitter(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads {@code in} to its end and returns the number of lines given to {@code sink}. */
    public long split(InputStream in, String source, LineSink sink) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        byte[] carry = new byte[256];
        int carryLength = 0;
        boolean carryTruncated = false;
        boolean pendingLine = false;
        long number = 0;
        // One byte beyond the cap is kept: it may be the CR of a CRLF, which does not make the line truncated.
        int keep = maxLineBytes + 1;
        int read;
        while ((read = in.read(buffer)) != -1) {
            int start = 0;
            int lf;
            while ((lf = LineFeeds.indexOf(buffer, start, read)) >= 0) {
                number++;
                if (carryLength == 0 && !carryTruncated) {
                    sink.accept(line(source, number, buffer, start, lf - start, false));
                } else {
                    int take = Math.min(keep - carryLength, lf - start);
                    carry = append(carry, carryLength, buffer, start, take);
                    carryLength += take;
                    boolean dropped = carryTruncated || take < lf - start;
                    sink.accept(line(source, number, carry, 0, carryLength, dropped));
                    carryLength = 0;
                    carryTruncated = false;
                }
                pendingLine = false;
                start = lf + 1;
            }
            if (start < read) {
                int take = Math.min(keep - carryLength, read - start);
                carry = append(carry, carryLength, buffer, start, take);
                carryLength += take;
                carryTruncated |= take < read - start;
                pendingLine = true;
            }
        }
        if (pendingLine) {
            number++;
            sink.accept(line(source, number, carry, 0, carryLength, carryTruncated));
        }
        return number;
    }

    /**
     * The line of {@code length} bytes at {@code offset}; {@code dropped} when bytes beyond them were skipped. The
     * CR of a CRLF does not count towards the cap, so a line of exactly the cap is not marked truncated.
     */
    private LogLine line(String source, long number, byte[] bytes, int offset, int length, boolean dropped) {
        if (!dropped && length > 0 && bytes[offset + length - 1] == '\r') {
            length--;
        }
        // new String(..., UTF_8) replaces malformed input with U+FFFD instead of throwing.
        String text = new String(bytes, offset, Math.min(length, maxLineBytes), StandardCharsets.UTF_8);
        return new LogLine(source, number, text, dropped || length > maxLineBytes);
    }

    private static byte[] append(byte[] target, int length, byte[] source, int offset, int count) {
        if (length + count > target.length) {
            target = Arrays.copyOf(target, Math.max(target.length * 2, length + count));
        }
        System.arraycopy(source, offset, target, length, count);
        return target;
    }
}
