package org.cifailureagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** --workspace, --history, --commit, --since and --report-globs on the real flaky sample (shared test resources). */
public class AnalyzeWorkspaceOptionsTest {
    private static final Path SAMPLES = Path.of(System.getProperty("repo.root", "."),
            "shared/src/test/resources/workspace");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @Before
    public void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @After
    public void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    public void theFlakyRunIsReportedFlakyWithItsRecord() throws IOException {
        Path workspace = temp.newFolder("ws").toPath();
        Files.copy(SAMPLES.resolve("projects/flaky/test_flaky.py"), workspace.resolve("test_flaky.py"));
        Files.copy(SAMPLES.resolve("samples/flaky/current-junit.xml"), workspace.resolve("pytest-results.xml"));
        String commit = Files.readString(SAMPLES.resolve("samples/flaky/commit.txt")).strip();

        int exit = Main.run("analyze", "--format", "json", "--workspace", workspace.toString(),
                "--report-globs", "*-results.xml", "--history",
                SAMPLES.resolve("samples/flaky/history.jsonl").toString(), "--commit", commit,
                SAMPLES.resolve("samples/flaky/current.log").toString());

        assertThat(exit).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.get("category").asText()).isEqualTo("flaky");
        assertThat(report.get("flaky").get("tests").get(0).get("name").asText())
                .isEqualTo("test_flaky.py::test_sometimes");
        assertThat(report.get("history").get("text").asText()).contains("of the last");
        assertThat(report.has("suspects")).isFalse();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    public void sinceWithoutWorkspaceIsAUsageError() {
        int exit = Main.run("analyze", "--since", "abc123", SAMPLES.resolve("samples/flaky/current.log").toString());

        assertThat(exit).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).isEqualTo("error: --since and --report-globs need --workspace"
                + System.lineSeparator());
    }

    @Test
    public void aMissingHistoryFileIsAOneLineError() {
        int exit = Main.run("analyze", "--history", temp.getRoot().toPath().resolve("none.jsonl").toString(),
                SAMPLES.resolve("samples/flaky/current.log").toString());

        assertThat(exit).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).endsWith("none.jsonl: no such file" + System.lineSeparator())
                .doesNotContain("\tat ");
    }
}
