package org.cifailureagent.hardening;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cifailureagent.normalize.Normalizer;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Redactor;

/**
 * What the redactor masks in real logs that hold no planted secret: every line of every log of a corpus, normalized
 * as the analyzer normalizes it, then redacted. Each changed line is a candidate false positive, to be read by a
 * person (a public log may hold a real secret). Main: {@code RedactionCensus CORPUS_DIR [SPLIT] [OUT_FILE]} prints
 * the counts and writes the changed lines (before → after) to OUT_FILE.
 */
public final class RedactionCensus {
    /** Lines read and lines the redactor changed, with the changes. */
    public record Result(long lines, long changed, List<String> changes) {
    }

    private RedactionCensus() {
    }

    /** Logs of {@code corpus} whose index entry has {@code "split": split}; all logs when split is null. */
    public static Result of(Path corpus, String split) throws IOException {
        Set<String> wanted = split == null ? null : filesOfSplit(corpus, split);
        long[] lines = {0};
        List<String> changes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus.resolve("logs"))) {
            for (Path log : files.filter(Files::isRegularFile).sorted().toList()) {
                if (wanted != null && !wanted.contains(corpus.relativize(log).toString())) {
                    continue;
                }
                List<String> masked = new ArrayList<>();
                Normalizer normalizer = new Normalizer(masked::add);
                BuildLogs.open(log.toString(), null).read(line -> {
                    lines[0]++;
                    String text = normalizer.normalize(line).text();
                    String redacted = new Redactor(masked).redact(text);
                    if (!redacted.equals(text)) {
                        changes.add(corpus.relativize(log) + ":" + line.number() + ": " + text + "\n    → "
                                + redacted);
                    }
                });
            }
        }
        return new Result(lines[0], changes.size(), changes);
    }

    private static Set<String> filesOfSplit(Path corpus, String split) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Set<String> files = new java.util.HashSet<>();
        for (String line : Files.readAllLines(corpus.resolve("index.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            var entry = json.readTree(line);
            if (entry.has("split") && split.equals(entry.get("split").asText())) {
                files.add(entry.get("file").asText());
            }
        }
        return files;
    }

    public static void main(String[] args) throws IOException {
        Result result = of(Path.of(args[0]), args.length > 1 && !args[1].equals("all") ? args[1] : null);
        System.out.printf("%s: %,d lines, %,d changed by the redactor (%.4f%%)%n", args[0], result.lines(),
                result.changed(), 100.0 * result.changed() / Math.max(1, result.lines()));
        if (args.length > 2) {
            try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[2])), true,
                    StandardCharsets.UTF_8)) {
                result.changes().forEach(out::println);
            }
        }
    }
}
