package org.cifailureagent.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Throughput and peak memory of N analyses at once in one JVM. Run by benchmarks/concurrency.sh, one JVM per N so
 * that peaks do not carry over: {@code ConcurrencyBenchmark CORPUS_DIR N ROUNDS}. Prints one line of figures.
 */
public final class ConcurrencyBenchmark {
    private ConcurrencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        ConcurrentAnalyses analyses = new ConcurrentAnalyses(ConcurrentAnalyses.logsIn(corpus));
        long bytes = 0;
        for (Path log : analyses.logs()) {
            bytes += Files.size(log);
        }
        analyses.sequential(); // warm-up: class loading and JIT, outside the measurement
        resetPeaks();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            List<List<String>> results = analyses.concurrent(threads);
            if (results.size() != threads) {
                throw new IllegalStateException("lost results");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long analysesDone = (long) threads * rounds * analyses.logs().size();
        System.out.printf("N=%d analyses=%d wall=%.2fs throughput=%.1f analyses/s %.1f MB/s peak-heap=%d MiB "
                        + "peak-rss=%d MiB%n", threads, analysesDone, seconds, analysesDone / seconds,
                bytes * (double) threads * rounds / 1e6 / seconds, peakHeapMib(), peakRssMib());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMib() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static long peakRssMib() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
            }
        }
        return -1;
    }
}
