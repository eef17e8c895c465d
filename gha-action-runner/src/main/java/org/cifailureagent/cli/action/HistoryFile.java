package org.cifailureagent.cli.action;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's history as JSONL, one run per line, the format flaky detection reads ({@code --history}):
 * {@code {"run","commit","timestamp","result","category","fingerprint","failingTests":[...]}}. Runners are thrown
 * away, so the workflow keeps the file in the Actions cache (docs/github-action/README.md). Only the newest
 * {@link #KEPT} runs are kept; a line that does not parse is dropped, not fatal.
 */
final class HistoryFile {
    static final int KEPT = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonPropertyOrder({"run", "commit", "timestamp", "result", "category", "fingerprint", "failingTests"})
    record Entry(String run, String commit, String timestamp, String result, String category, String fingerprint,
                 List<String> failingTests) {
    }

    private HistoryFile() {
    }

    static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(JSON.readValue(line, Entry.class));
            } catch (IOException e) {
                // A torn write or a hand edit loses one line of history, not the whole file.
            }
        }
        return entries;
    }

    /** Appends the entry (replacing one for the same run) and keeps the newest {@link #KEPT}. */
    static void append(Path file, Entry entry) throws IOException {
        List<Entry> entries = read(file);
        entries.removeIf(e -> entry.run().equals(e.run()));
        entries.add(entry);
        List<Entry> kept = entries.subList(Math.max(0, entries.size() - KEPT), entries.size());
        StringBuilder text = new StringBuilder();
        for (Entry e : kept) {
            text.append(JSON.writeValueAsString(e)).append('\n');
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        AtomicFiles.write(file, text.toString());
    }
}
