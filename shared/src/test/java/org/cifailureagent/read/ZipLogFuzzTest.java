package org.cifailureagent.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A zip of step logs from a stranger: fuzzed entry names and contents, then fuzzed damage to the archive's bytes.
 * Reading it either yields lines (with warnings) or throws {@link UnreadableInputException}, whose message is what
 * the user sees; nothing else may escape, and small caps must hold.
 */
class ZipLogFuzzTest {
    private static final ReadLimits LIMITS = new ReadLimits(8, 4096, 8192);
    private static Path dir;

    @BeforeAll
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("zip-fuzz");
    }

    @AfterAll
    static void deleteDir() throws IOException {
        Files.deleteIfExists(dir.resolve("logs.zip"));
        Files.deleteIfExists(dir);
    }

    @FuzzTest
    void readZip(FuzzedDataProvider data) throws IOException {
        byte[] archive = data.consumeBoolean() ? build(data) : data.consumeBytes(data.remainingBytes());
        int flips = data.consumeInt(0, 4);
        for (int i = 0; i < flips && archive.length > 0; i++) {
            archive[data.consumeInt(0, archive.length - 1)] = data.consumeByte();
        }
        if (archive.length < 4) {
            return;
        }
        // BuildLogs.open routes by the magic bytes; the fuzzer should reach the zip reader itself.
        archive[0] = 'P';
        archive[1] = 'K';
        archive[2] = 3;
        archive[3] = 4;
        Path file = dir.resolve("logs.zip");
        Files.write(file, archive);
        CollectingSink sink = new CollectingSink();
        try {
            BuildLogs.open(file.toString(), null, new LineSplitter(256), LIMITS).read(sink);
        } catch (UnreadableInputException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        long bytes = sink.lines.stream().mapToLong(l -> l.text().length()).sum();
        assertThat(bytes).isLessThanOrEqualTo(LIMITS.maxTotalBytes());
        assertThat(sink.sources.size()).isLessThanOrEqualTo(LIMITS.maxEntries());
    }

    private static byte[] build(FuzzedDataProvider data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            int entries = data.consumeInt(0, 10);
            for (int i = 0; i < entries; i++) {
                String name = data.consumeString(40);
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    zip.putNextEntry(new ZipEntry(name));
                } catch (java.util.zip.ZipException duplicate) {
                    continue;
                }
                // A short piece repeated compresses well: enough to cross the caps from a small input.
                byte[] piece = data.consumeBytes(data.consumeInt(0, 64));
                int times = data.consumeInt(1, 500);
                for (int t = 0; t < times; t++) {
                    zip.write(piece);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
