package org.cifailureagent.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.cifailureagent.read.LineSplitter;
import org.cifailureagent.read.StreamedLog;
import org.cifailureagent.report.Redactor;

/**
 * Keeps corrections in a folder until someone labels them: a redacted, gzip-compressed copy of the build's log
 * (builds are deleted, corrections must outlive them) and a line of {@code corrections.jsonl} saying what the
 * analysis answered and what the user says instead. Line numbers survive redaction, which works line by line.
 */
public final class PendingCorrections implements CorrectionStore {
    static final String INDEX = "corrections.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Clock clock;

    public PendingCorrections(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    public String add(Correction correction) {
        if (correction.category() == null) {
            throw new InvalidCorpusException("a correction needs a category");
        }
        String id = "correction-" + safe(correction.project()) + "-" + safe(correction.build()) + "-"
                + clock.millis();
        String file = "logs/" + id + ".log.gz";
        try {
            Files.createDirectories(folder.resolve("logs"));
            copyRedacted(correction.log(), folder.resolve(file));
            ObjectNode node = JSON.createObjectNode();
            node.put("id", id);
            node.put("file", file);
            node.put("category", correction.category().wireName());
            node.put("reportedCategory", correction.reportedCategory());
            node.put("fingerprint", correction.fingerprint());
            node.put("project", correction.project());
            node.put("build", correction.build());
            node.put("timestamp", clock.instant().toString());
            append(JSON.writeValueAsString(node) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("correction not stored in " + folder, e);
        }
        return id;
    }

    private static void copyRedacted(StreamedLog.Opener log, Path target) throws IOException {
        Redactor redactor = Redactor.none();
        try (InputStream in = log.open();
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            IOException[] failure = new IOException[1];
            new LineSplitter().split(in, "log", line -> {
                if (failure[0] == null) {
                    try {
                        out.write((redactor.redact(line.text()) + "\n").getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    private synchronized void append(String line) throws IOException {
        Files.writeString(folder.resolve(INDEX), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Job names hold slashes and spaces; file names must not. */
    private static String safe(String name) {
        String value = name == null ? "unknown" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        return value.length() > 60 ? value.substring(0, 60) : value;
    }
}
