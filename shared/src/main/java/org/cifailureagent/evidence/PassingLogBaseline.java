package org.cifailureagent.evidence;

import java.util.HashSet;
import java.util.Set;
import org.cifailureagent.normalize.LineShape;

/**
 * The lines of a passing run of the same job, by shape ({@link LineShape}: timestamps, durations, hashes and
 * temporary paths do not count as differences). A line of the failing log whose shape the passing run also printed
 * is not what broke the build. Bounded: past {@link #MAX_SHAPES} distinct shapes the rest of the passing log is
 * ignored, which only makes fewer lines count as old.
 */
public final class PassingLogBaseline {
    static final int MAX_SHAPES = 500_000;

    private final Set<Long> shapes = new HashSet<>();
    private boolean full;

    public void add(String normalizedText) {
        if (shapes.size() >= MAX_SHAPES) {
            full = true;
            return;
        }
        shapes.add(hash(LineShape.of(normalizedText)));
    }

    public boolean contains(String normalizedText) {
        return shapes.contains(hash(LineShape.of(normalizedText)));
    }

    /** True when the passing log had more distinct lines than are kept. */
    public boolean truncated() {
        return full;
    }

    /** 64-bit FNV-1a: collisions among half a million shapes are negligible, unlike with String.hashCode. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
