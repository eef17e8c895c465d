package org.cifailureagent.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.cifailureagent.evaluation.CorpusDirs;
import org.cifailureagent.taxonomy.Category;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CorrectionWriterTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private Path realLog() throws Exception {
        List<CorpusEntry> entries = new CorpusReader().read(CorpusDirs.fixtures());
        return entries.get(0).log();
    }

    @Test
    public void addsARedactedCompressedLogThatTheCorpusReaderAccepts() throws Exception {
        Path original = realLog();
        Path log = temp.newFile("build.log").toPath();
        String secret = "ghp_" + "abcdefghijklmnopqrstuvwxyz0123456789";
        String text = new String(Files.readAllBytes(original), StandardCharsets.UTF_8) + "export TOKEN=" + secret
                + "\n";
        Files.writeString(log, text);
        Path corpus = temp.getRoot().toPath().resolve("corrections");

        String id = new CorrectionWriter().add(corpus, new CorrectionWriter.Correction(log, Category.INFRASTRUCTURE,
                List.of(new CorpusEntry.LineRange(2, 3)), "test", "fp", "maven-app"));

        List<CorpusEntry> read = new CorpusReader().read(corpus);
        assertThat(read).hasSize(1);
        CorpusEntry entry = read.get(0);
        assertThat(entry.id()).isEqualTo(id);
        assertThat(entry.category()).isEqualTo(Category.INFRASTRUCTURE);
        assertThat(entry.group()).isEqualTo("maven-app");
        assertThat(entry.rootCauseLines()).containsExactly(new CorpusEntry.LineRange(2, 3));
        String stored;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(entry.log()))) {
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(stored).doesNotContain(secret).contains("***");
        assertThat(stored.split("\n", -1)).hasSameSizeAs(text.split("\n", -1));
    }

    @Test
    public void theSameLogTwiceIsRefusedAndLeavesTheCorpusAsItWas() throws Exception {
        Path log = realLog();
        Path corpus = temp.getRoot().toPath().resolve("corrections");
        CorrectionWriter writer = new CorrectionWriter();
        writer.add(corpus, new CorrectionWriter.Correction(log, Category.TEST, List.of(), null, null, null));
        byte[] index = Files.readAllBytes(corpus.resolve("index.jsonl"));

        assertThatThrownBy(() -> writer.add(corpus, new CorrectionWriter.Correction(log, Category.QUALITY, List.of(),
                null, null, null))).isInstanceOf(InvalidCorpusException.class).hasMessageContaining("already labeled");
        assertThat(Files.readAllBytes(corpus.resolve("index.jsonl"))).isEqualTo(index);
    }

    @Test
    public void linesOutsideTheLogAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path corpus = temp.getRoot().toPath().resolve("corrections");
        assertThatThrownBy(() -> new CorrectionWriter().add(corpus, new CorrectionWriter.Correction(realLog(),
                Category.TEST, List.of(new CorpusEntry.LineRange(1, 10_000_000)), null, null, null)))
                .isInstanceOf(InvalidCorpusException.class).hasMessageContaining("outside");
        assertThat(corpus).doesNotExist();
    }
}
