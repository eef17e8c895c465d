package org.cifailureagent.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.cifailureagent.files.AtomicFiles;
import org.cifailureagent.report.Redactor;
import org.cifailureagent.taxonomy.Category;

/**
 * Records a user's correction as an entry of a corrections corpus in the format of ../shared/corpus: a redacted,
 * gzip-compressed copy of the log and a line of {@code index.jsonl}. The Jenkins and GitHub sides and the command
 * line all call this. Line numbers survive redaction (it works line by line), so the ranges still point at the
 * cause. Files are written to temporary names and moved into place: a failure leaves the corpus as it was.
 */
public final class CorrectionWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MASK_COMMAND = "::add-mask::";

    /**
     * What the user says about one analysed build.
     *
     * @param reportedCategory what the analysis answered (from its report), or null
     * @param fingerprint the report's fingerprint, or null
     * @param project the CI project, which keeps cross-validation from splitting its logs; null when unknown
     */
    public record Correction(Path log, Category category, List<CorpusEntry.LineRange> lines, String reportedCategory,
                             String fingerprint, String project) {
        public Correction {
            lines = List.copyOf(lines);
        }
    }

    /** Adds the correction to the corpus in {@code folder} (created if needed) and returns the new entry's id. */
    public String add(Path folder, Correction correction) {
        byte[] redacted = redactedLog(correction.log());
        long lineCount = countLines(redacted);
        for (CorpusEntry.LineRange range : correction.lines()) {
            if (range.first() < 1 || range.last() < range.first() || range.last() > lineCount) {
                throw new InvalidCorpusException(correction.log() + ": lines " + range.first() + "-" + range.last()
                        + " lie outside the log's " + lineCount + " lines");
            }
        }
        String sha = sha256(redacted);
        String id = "correction-" + sha.substring(0, 16);
        Path index = folder.resolve("index.jsonl");
        List<String> existing = readIndex(index);
        for (String line : existing) {
            if (line.contains("\"" + id + "\"")) {
                throw new InvalidCorpusException(index + " (entry '" + id + "'): this log is already labeled");
            }
        }
        String file = "logs/" + id + ".log.gz";
        AtomicFiles.writeAtomically(folder.resolve(file), gzip(redacted));
        existing.add(entryJson(id, file, correction, sha, redacted.length));
        AtomicFiles.writeAtomically(index, (String.join("\n", existing) + "\n").getBytes(StandardCharsets.UTF_8));
        return id;
    }

    private static String entryJson(String id, String file, Correction correction, String sha, int size) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("file", file);
        node.put("category", correction.category().wireName());
        ArrayNode ranges = node.putArray("label_line_ranges");
        for (CorpusEntry.LineRange range : correction.lines()) {
            ranges.addArray().add(range.first()).add(range.last());
        }
        if (correction.project() != null) {
            node.put("ci_project", correction.project());
        }
        node.put("sha256", sha);
        node.put("size_bytes", size);
        ObjectNode provenance = node.putObject("provenance");
        provenance.put("source", "user correction");
        if (correction.reportedCategory() != null) {
            provenance.put("reported_category", correction.reportedCategory());
        }
        if (correction.fingerprint() != null) {
            provenance.put("fingerprint", correction.fingerprint());
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The log, line by line through the redactor, LF line breaks kept where they were. */
    static byte[] redactedLog(Path log) {
        String text = new String(readLog(log), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        List<String> masked = new ArrayList<>();
        for (String line : lines) {
            int at = line.indexOf(MASK_COMMAND);
            if (at >= 0) {
                masked.add(line.substring(at + MASK_COMMAND.length()).strip());
            }
        }
        Redactor redactor = new Redactor(masked);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(redactor.redact(lines[i]));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readLog(Path log) {
        try (InputStream raw = Files.newInputStream(log)) {
            byte[] bytes = raw.readAllBytes();
            if (bytes.length == 0) {
                throw new InvalidCorpusException(log + ": the log is empty");
            }
            if (bytes.length > 1 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
                try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    return in.readAllBytes();
                }
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(log + ": cannot be read", e);
        }
    }

    private static long countLines(byte[] bytes) {
        long lines = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return bytes.length > 0 && bytes[bytes.length - 1] == '\n' ? lines - 1 : lines;
    }

    private static List<String> readIndex(Path index) {
        if (!Files.exists(index)) {
            return new ArrayList<>();
        }
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(index, StandardCharsets.UTF_8));
            lines.removeIf(String::isBlank);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(index + ": cannot be read", e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
