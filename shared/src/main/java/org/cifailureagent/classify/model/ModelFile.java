package org.cifailureagent.classify.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The model file: a magic line, one line of JSON (the metadata, and the length, SHA-256 and CRC-32 of what follows),
 * then xgboost's own UBJSON model. A checksum is verified before xgboost sees a byte: xgboost's native reader can crash
 * the whole JVM on a truncated or corrupt model instead of reporting an error. The metadata is readable without the
 * native library.
 *
 * <p>Reading verifies the CRC-32 and falls back to the SHA-256 for files written before it was added. The JDK computes
 * CRC-32 natively; its SHA-256 runs as Java code, which in a cold JVM took about 0.3 s for the 1 MB default model, a
 * fifth of a whole {@code analyze}. Against corruption, with the length checked too, CRC-32 is enough.
 */
final class ModelFile {
    static final String MAGIC = "CIFA-XGBOOST-MODEL 1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the JSON line holds. */
    /** @param payloadCrc32 null in files written before it was added */
    record Header(ModelMetadata metadata, int payloadLength, String payloadSha256, Long payloadCrc32) {
    }

    record Parsed(ModelMetadata metadata, byte[] payload) {
    }

    private ModelFile() {
    }

    static byte[] write(ModelMetadata metadata, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 64 * 1024);
        try {
            out.writeBytes((MAGIC + "\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(JSON.writeValueAsBytes(new Header(metadata, payload.length, sha256(payload),
                    crc32(payload))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the model metadata: " + e.getMessage(), e);
        }
        out.write('\n');
        out.writeBytes(payload);
        return out.toByteArray();
    }

    static Parsed read(byte[] bytes, String name) {
        int magicEnd = indexOf(bytes, 0);
        if (magicEnd < 0 || !MAGIC.equals(new String(bytes, 0, magicEnd, StandardCharsets.UTF_8))) {
            throw new InvalidModelException(name + ": not a CI Failure Agent model file (train one with 'train')");
        }
        int headerEnd = indexOf(bytes, magicEnd + 1);
        if (headerEnd < 0) {
            throw new InvalidModelException(name + ": truncated model file (no complete metadata line)");
        }
        Header header;
        try {
            header = JSON.readValue(Arrays.copyOfRange(bytes, magicEnd + 1, headerEnd), Header.class);
        } catch (java.io.IOException e) {
            throw new InvalidModelException(name + ": corrupt model metadata (" + firstLine(e.getMessage()) + ")");
        }
        if (header.metadata() == null || header.payloadSha256() == null) {
            throw new InvalidModelException(name + ": corrupt model metadata (fields missing)");
        }
        byte[] payload = Arrays.copyOfRange(bytes, headerEnd + 1, bytes.length);
        if (payload.length != header.payloadLength()) {
            throw new InvalidModelException(name + ": truncated or padded model file (" + payload.length
                    + " bytes of model where the metadata says " + header.payloadLength() + ")");
        }
        boolean intact = header.payloadCrc32() != null ? header.payloadCrc32() == crc32(payload)
                : sha256(payload).equals(header.payloadSha256());
        if (!intact) {
            throw new InvalidModelException(name + ": corrupt model file (checksum mismatch)");
        }
        return new Parsed(header.metadata(), payload);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
