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
        int read;
        while ((read = in.read(buffer)) != -1) {
            int start = 0;
            for (int i = 0; i < read; i++) {
                if (buffer[i] != '\n') {
                    continue;
                }
                number++;
                if (carryLength == 0 && !carryTruncated) {
                    int length = i - start;
                    sink.accept(new LogLine(source, number, decode(buffer, start, length), length > maxLineBytes));
                } else {
                    int room = maxLineBytes - carryLength;
                    int take = Math.min(room, i - start);
                    carry = append(carry, carryLength, buffer, start, take);
                    carryLength += take;
                    boolean truncated = carryTruncated || take < i - start;
                    sink.accept(new LogLine(source, number, decode(carry, 0, carryLength), truncated));
                    carryLength = 0;
                    carryTruncated = false;
                }
                pendingLine = false;
                start = i + 1;
            }
            if (start < read) {
                int room = maxLineBytes - carryLength;
                int take = Math.min(room, read - start);
                carry = append(carry, carryLength, buffer, start, take);
                carryLength += take;
                carryTruncated |= take < read - start;
                pendingLine = true;
            }
        }
        if (pendingLine) {
            number++;
            sink.accept(new LogLine(source, number, decode(carry, 0, carryLength), carryTruncated));
        }
        return number;
    }

    private String decode(byte[] bytes, int offset, int length) {
        int end = offset + Math.min(length, maxLineBytes);
        if (end > offset && bytes[end - 1] == '\r') {
            end--;
        }
        // new String(..., UTF_8) replaces malformed input with U+FFFD instead of throwing.
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static byte[] append(byte[] target, int length, byte[] source, int offset, int count) {
        if (length + count > target.length) {
            target = Arrays.copyOf(target, Math.max(target.length * 2, length + count));
        }
        System.arraycopy(source, offset, target, length, count);
        return target;
    }
}
