package org.cifailureagent.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.Test;

/** Inputs the zip fuzz target found (kept under ZipLogFuzzTestInputs, which Jazzer also replays). */
public class ZipFuzzFindingsTest {
    private static final Path FINDINGS = Path.of("src/test/resources/org/cifailureagent/read/ZipLogFuzzTestInputs/"
            + "readZip");

    @Test
    public void aCentralDirectoryCutShortIsAnUnreadableArchiveNotAnEofException() throws IOException {
        // The fuzz target stamps the zip magic over the first four bytes before reading; so does this test.
        byte[] archive = java.nio.file.Files.readAllBytes(FINDINGS.resolve("crash-3dcfcee50d73f0840409f8f0fb7ac96c"
                + "922a4624"));
        Path file = java.nio.file.Files.createTempFile("finding", ".zip");
        try {
            archive[0] = 'P';
            archive[1] = 'K';
            archive[2] = 3;
            archive[3] = 4;
            java.nio.file.Files.write(file, archive);
            Throwable thrown = catchThrowable(() -> BuildLogs.open(file.toString(), null).read(new CollectingSink()));
            assertThat(thrown).isInstanceOf(UnreadableInputException.class)
                    .hasMessageContaining("not a readable zip archive");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
