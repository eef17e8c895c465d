package org.cifailureagent.read;

/**
 * Bounds for archives and directories of step logs, so that a hostile archive cannot exhaust the machine.
 * A GitHub run's log archive holds one entry per step, a few hundred at most, each rarely over 100 MB.
 */
public record ReadLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
    public static final ReadLimits DEFAULT = new ReadLimits(10_000, 1L << 30, 4L << 30);
}
