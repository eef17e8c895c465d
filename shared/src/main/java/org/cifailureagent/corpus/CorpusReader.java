package org.cifailureagent.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cifailureagent.taxonomy.Category;

/** Reads a corpus folder: its {@code index.jsonl} and the paths of its logs. Validates every entry. */
public final class CorpusReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    public List<CorpusEntry> read(Path folder) {
        Path index = folder.resolve("index.jsonl");
        if (!Files.isRegularFile(index)) {
            throw new InvalidCorpusException(folder + ": no index.jsonl (is this a corpus folder?)");
        }
        String corpusName = folder.toAbsolutePath().normalize().getFileName().toString();
        List<CorpusEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader reader = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                CorpusEntry entry = entry(folder, corpusName, index, lineNumber, line);
                if (!ids.add(entry.id())) {
                    throw new InvalidCorpusException(index + ":" + lineNumber + ": duplicate id '" + entry.id() + "'");
                }
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new InvalidCorpusException(index + ": cannot be read (" + e.getMessage() + ")");
        }
        if (entries.isEmpty()) {
            throw new InvalidCorpusException(index + ": has no entries");
        }
        return entries;
    }

    private static CorpusEntry entry(Path folder, String corpusName, Path index, int lineNumber, String line) {
        String where = index + ":" + lineNumber;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidCorpusException(where + ": not a JSON object (" + e.getOriginalMessage() + ")");
        }
        String id = required(node, "id", where);
        where = where + " (entry '" + id + "')";
        Category category;
        try {
            category = Category.fromWireName(required(node, "category", where));
        } catch (IllegalArgumentException e) {
            throw new InvalidCorpusException(where + ": " + e.getMessage());
        }
        Path log = logPath(folder, required(node, "file", where), where);
        List<CorpusEntry.LineRange> ranges = new ArrayList<>();
        JsonNode rangeList = node.get("label_line_ranges");
        if (rangeList != null && rangeList.isArray()) {
            for (JsonNode range : rangeList) {
                if (!range.isArray() || range.size() != 2 || !range.get(0).canConvertToLong()
                        || range.get(0).asLong() < 1 || range.get(1).asLong() < range.get(0).asLong()) {
                    throw new InvalidCorpusException(where + ": label_line_ranges must hold [first, last] pairs of "
                            + "1-based line numbers");
                }
                ranges.add(new CorpusEntry.LineRange(range.get(0).asLong(), range.get(1).asLong()));
            }
        }
        String group = node.hasNonNull("ci_project") ? node.get("ci_project").asText() : id;
        Path passing = node.hasNonNull("passing_file") ? logPath(folder, node.get("passing_file").asText(), where)
                : null;
        String split = node.hasNonNull("split") ? node.get("split").asText() : null;
        return new CorpusEntry(corpusName, id, log, category, ranges, group, passing, split);
    }

    private static Path logPath(Path folder, String file, String where) {
        Path base = folder.toAbsolutePath().normalize();
        Path log = base.resolve(file).normalize();
        if (!log.startsWith(base)) {
            throw new InvalidCorpusException(where + ": file '" + file + "' points outside the corpus folder");
        }
        if (!Files.isRegularFile(log)) {
            throw new InvalidCorpusException(where + ": file '" + file + "' does not exist");
        }
        return log;
    }

    private static String required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new InvalidCorpusException(where + ": missing '" + field + "'");
        }
        return value.asText();
    }
}
