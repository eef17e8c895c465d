package org.cifailureagent.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.corpus.CorpusReader;
import org.cifailureagent.corpus.InvalidCorpusException;

/**
 * The entries of several corpora read together. Beyond what {@link CorpusReader} checks per folder: the same corpus
 * given twice, and entries whose log is empty, are errors naming the folder and the entry.
 */
public final class TrainingData {
    private TrainingData() {
    }

    public static List<CorpusEntry> read(List<Path> folders) {
        CorpusReader reader = new CorpusReader();
        List<CorpusEntry> entries = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path folder : folders) {
            for (CorpusEntry entry : reader.read(folder)) {
                Path earlier = seen.putIfAbsent(entry.corpus() + "/" + entry.id(), folder);
                if (earlier != null) {
                    throw new InvalidCorpusException(folder.resolve("index.jsonl") + " (entry '" + entry.id()
                            + "'): duplicate entry, corpus '" + entry.corpus() + "' already read from " + earlier);
                }
                if (isEmpty(entry.log())) {
                    throw new InvalidCorpusException(folder.resolve("index.jsonl") + " (entry '" + entry.id()
                            + "'): log " + entry.log() + " is empty");
                }
                entries.add(entry);
            }
        }
        return entries;
    }

    private static boolean isEmpty(Path log) {
        try {
            return Files.size(log) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(log + ": cannot be read", e);
        }
    }
}
