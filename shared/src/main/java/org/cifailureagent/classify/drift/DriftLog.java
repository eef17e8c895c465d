package org.cifailureagent.classify.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.taxonomy.Category;

/** Drift samples as JSON lines: analyses append, {@code drift} reads a window of the most recent ones. */
public final class DriftLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DriftLog() {
    }

    public static void append(Path file, List<DriftSample> samples) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (DriftSample sample : samples) {
                out.write(JSON.writeValueAsString(sample));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot append drift samples", e);
        }
    }

    /** The last {@code window} samples of the file; a malformed line is an error naming the file and line. */
    public static List<DriftSample> readLast(Path file, int window) {
        List<DriftSample> samples = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                samples.add(parse(file, number, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
        return samples.subList(Math.max(0, samples.size() - window), samples.size());
    }

    private static DriftSample parse(Path file, int number, String line) {
        try {
            DriftSample sample = JSON.readValue(line, DriftSample.class);
            Category.fromWireName(sample.category());
            if (!(sample.confidence() >= 0 && sample.confidence() <= 1 && sample.oovRate() >= 0
                    && sample.oovRate() <= 1)) {
                throw new IllegalArgumentException("confidence and oovRate must lie in [0, 1]");
            }
            return sample;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException(file + ":" + number + ": not a drift sample (" + why + ")");
        }
    }
}
