package org.cifailureagent.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Shared handling of one source stream: gzip detection by magic bytes and binary detection. */
final class Sources {
    private static final int SNIFF_BYTES = 8 * 1024;
    private static final int BUFFER = 64 * 1024;

    private Sources() {
    }

    /** The text of a source, readable with mark/reset; it remembers whether the source ended early. */
    static final class Text extends BufferedInputStream {
        private final SalvagingInputStream[] layers;

        private Text(InputStream in, SalvagingInputStream... layers) {
            super(in, BUFFER);
            this.layers = layers;
        }

        IOException damage() {
            for (SalvagingInputStream layer : layers) {
                if (layer.damage() != null) {
                    return layer.damage();
                }
            }
            return null;
        }
    }

    /** Returns a stream of the source's text, uncompressing gzip (as Jenkins keeps old logs). */
    static Text textOf(InputStream raw) throws IOException {
        SalvagingInputStream stored = new SalvagingInputStream(raw);
        BufferedInputStream in = new BufferedInputStream(stored, BUFFER);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first != 0x1f || second != 0x8b) {
            return new Text(in, stored);
        }
        SalvagingInputStream inflated;
        try {
            inflated = new SalvagingInputStream(new GZIPInputStream(in, BUFFER));
        } catch (ZipException | EOFException e) {
            inflated = new SalvagingInputStream(e);
        }
        return new Text(inflated, stored, inflated);
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

    /** Reads one source through the splitter; a source that ends early or is corrupt is a warning, not an abort. */
    static void split(Text text, String source, LineSplitter splitter, LineSink sink) throws IOException {
        sink.startSource(source);
        splitter.split(text, source, sink);
        IOException damage = text.damage();
        if (damage != null) {
            sink.warning(source + " ends early or is corrupt (" + damage.getMessage() + "); analyzed what could be "
                    + "read");
        }
    }
}
