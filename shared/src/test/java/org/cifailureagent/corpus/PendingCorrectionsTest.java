package org.cifailureagent.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.cifailureagent.taxonomy.Category;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class PendingCorrectionsTest {
    private static final Path LOG = Path.of(System.getProperty("repo.root", ".."), "docs", "examples",
            "jenkins-maven-test.log");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void keepsACopyOfTheLogAndOneIndexLinePerCorrection() throws IOException {
        Path folder = temp.getRoot().toPath();
        PendingCorrections store = new PendingCorrections(folder,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

        String id = store.add(new CorrectionStore.Correction(() -> Files.newInputStream(LOG), Category.COMPILATION,
                "test", "fp1", "folder/My Job", "12"));

        List<String> index = Files.readAllLines(folder.resolve(PendingCorrections.INDEX));
        assertThat(index).hasSize(1);
        JsonNode entry = new ObjectMapper().readTree(index.get(0));
        assertThat(entry.get("id").asText()).isEqualTo(id).startsWith("correction-folder-my-job-12-");
        assertThat(entry.get("category").asText()).isEqualTo("compilation");
        assertThat(entry.get("reportedCategory").asText()).isEqualTo("test");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve(entry.get("file").asText())))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .containsExactlyElementsOf(Files.readAllLines(LOG));
        }
    }

    @Test
    public void aCorrectionWithoutACategoryIsRefused() {
        PendingCorrections store = new PendingCorrections(temp.getRoot().toPath(), Clock.systemUTC());

        assertThatThrownBy(() -> store.add(new CorrectionStore.Correction(() -> Files.newInputStream(LOG), null,
                "test", null, "j", "1")))
                .isInstanceOf(InvalidCorpusException.class);
    }
}
