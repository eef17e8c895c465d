package org.cifailureagent.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.cifailureagent.LogScan;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleMatcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scanning path alone (read, normalize, structure, prefilter and rules), timed: benchmarks/scan-throughput.sh. */
@Command(name = "scan-benchmark", hidden = true, mixinStandardHelpOptions = true,
        description = "Times one streaming scan of a log and prints MB/s (for benchmarks/scan-throughput.sh).")
final class ScanBenchmarkCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1")
    Path file;

    @Option(names = "--print-keywords", description = "Print the prefilter's keywords, one per line, and exit.")
    boolean printKeywords;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // Prepared as analyze prepares them (on another thread while the command line is parsed): the literal
        // automaton is built before the scan's clock starts.
        RuleMatcher.Compiled rules = LogScan.prepare(new RuleLoader().loadDefault());
        if (printKeywords) {
            TreeSet<String> keywords = new TreeSet<>(rules.literals());
            keywords.addAll(LogScan.keywords());
            keywords.forEach(out::println);
            out.flush();
            return Main.EXIT_OK;
        }
        if (file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "FILE is required");
        }
        long bytes = Files.size(file);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        LogScan scan = LogScan.of(BuildLogs.open(file.toString(), System.in), rules);
        var evidence = scan.evidence().finish(scan.structure(), new org.cifailureagent.evidence.HeuristicLineRanker(),
                null);
        double seconds = (System.nanoTime() - start) / 1e9;
        // The scanning thread's CPU time too: on a shared machine, wall time also counts other programs' turns.
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        out.printf(Locale.ROOT, "scanned %d bytes, %d lines in %.2f s: %.1f MB/s; thread CPU %.2f s: %.1f MB/s; "
                + "%d ranked lines%n", bytes, evidence.totalLines(), seconds, bytes / 1e6 / seconds, cpuSeconds,
                bytes / 1e6 / cpuSeconds, evidence.ranked().size());
        out.flush();
        return Main.EXIT_OK;
    }
}
