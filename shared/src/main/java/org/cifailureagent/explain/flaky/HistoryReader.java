package org.cifailureagent.explain.flaky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a history file: JSON lines, one per earlier run,
 * {@code {"run","commit","timestamp","result":"success"|"failure","category","fingerprint","failingTests":[...]}},
 * oldest first. Only the newest {@link #MAX_RUNS} runs are kept, and lines longer than {@link #MAX_LINE} characters
 * or not in that shape are skipped with one warning. A file that cannot be opened throws.
 */
public final class HistoryReader {
    public static final int MAX_RUNS = 1_000;
    static final int MAX_LINE = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryReader() {
    }

    public static History read(Path file) throws IOException {
        ArrayDeque<HistoryRecord> runs = new ArrayDeque<>();
        int skipped = 0;
        String firstProblem = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    runs.addLast(parse(line));
                    if (runs.size() > MAX_RUNS) {
                        runs.removeFirst();
                    }
                } catch (IllegalArgumentException | IOException e) {
                    if (skipped++ == 0) {
                        firstProblem = "line " + number + ": " + e.getMessage();
                    }
                }
            }
        }
        List<String> warnings = new ArrayList<>();
        if (skipped > 0) {
            warnings.add("history " + file.getFileName() + ": " + skipped + " line(s) skipped, first at "
                    + firstProblem);
        }
        return new History(List.copyOf(runs), warnings);
    }

    static HistoryRecord parse(String line) throws IOException {
        if (line.length() > MAX_LINE) {
            throw new IllegalArgumentException("longer than " + MAX_LINE + " characters");
        }
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String result = text(node, "result");
        if (!"success".equals(result) && !"failure".equals(result)) {
            throw new IllegalArgumentException("\"result\" must be \"success\" or \"failure\"");
        }
        List<String> tests = new ArrayList<>();
        JsonNode failing = node.get("failingTests");
        if (failing != null && failing.isArray()) {
            failing.forEach(t -> {
                if (t.isTextual()) {
                    tests.add(t.asText());
                }
            });
        }
        return new HistoryRecord(text(node, "run"), text(node, "commit"), text(node, "timestamp"),
                "success".equals(result), text(node, "category"), text(node, "fingerprint"), tests);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
