package org.cifailureagent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.ReportJson;
import org.cifailureagent.rules.RuleLoader;

/**
 * N analyses at once in one JVM, as a Jenkins controller runs them when many builds fail together: one
 * {@link Analyzer} from {@link Analyzers#standard} (so a model, once the CLI configures one, is shared too), shared
 * rules, one thread per analysis. Used by {@link ConcurrentAnalysisTest} (results equal the sequential ones) and by
 * {@link ConcurrencyBenchmark} (throughput and memory).
 */
final class ConcurrentAnalyses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Analyzer analyzer = Analyzers.standard(new RuleLoader().loadDefault(), null, sample -> { },
            new java.io.PrintWriter(System.err, true));
    private final List<Path> logs;

    ConcurrentAnalyses(List<Path> logs) {
        this.logs = List.copyOf(logs);
    }

    /** The failed-run logs of a corpus folder (passing logs left out), in name order. */
    static List<Path> logsIn(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus.resolve("logs"))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().contains(".pass."))
                    .sorted().toList();
        }
    }

    List<Path> logs() {
        return logs;
    }

    /** The report of one log as JSON, without the timings, which differ from run to run. */
    String analyze(Path log) {
        String json = ReportJson.compact(analyzer.analyze(AnalysisRequest.of(BuildLogs.open(log.toString(), null))));
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(json);
            node.remove("timingsMillis");
            return node.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> sequential() {
        return logs.stream().map(this::analyze).toList();
    }

    /**
     * Every log analyzed by each of {@code threads} threads at once, each thread starting at a different log so that
     * the same log is analyzed by several threads at the same moment. Returns per thread the reports in log order.
     */
    List<List<String>> concurrent(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * logs.size() / threads;
                futures.add(pool.submit(() -> {
                    String[] reports = new String[logs.size()];
                    for (int i = 0; i < logs.size(); i++) {
                        int index = (offset + i) % logs.size();
                        reports[index] = analyze(logs.get(index));
                    }
                    return List.of(reports);
                }));
            }
            List<List<String>> results = new ArrayList<>();
            for (Future<List<String>> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
