package org.cifailureagent.read;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Ends a compressed stream where it turns out truncated or corrupt instead of failing the read in progress. Without
 * this, a buffering reader above an inflater loses the bytes it had already inflated in the same call, and a cut
 * gzip log would yield nothing instead of everything before the cut.
 */
final class SalvagingInputStream extends FilterInputStream {
    private IOException damage;

    SalvagingInputStream(InputStream in) {
        super(in);
    }

    /** Already damaged: a stream whose header could not even be read. */
    SalvagingInputStream(IOException damage) {
        super(InputStream.nullInputStream());
        this.damage = damage;
    }

    /** What ended the stream early, or null when it ended normally. */
    IOException damage() {
        return damage;
    }

    @Override
    public int read() throws IOException {
        if (damage != null) {
            return -1;
        }
        try {
            return super.read();
        } catch (EOFException | ZipException e) {
            damage = e;
            return -1;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (damage != null) {
            return -1;
        }
        try {
            return super.read(buffer, offset, length);
        } catch (EOFException | ZipException e) {
            damage = e;
            return -1;
        }
    }

    @Override
    public int available() throws IOException {
        return damage != null ? 0 : super.available();
    }
}
