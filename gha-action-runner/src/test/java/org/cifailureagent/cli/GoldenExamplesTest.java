package org.cifailureagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Re-analyzes the example logs under docs/examples with the command line and compares each report with its golden
 * {@code .report.json}, ignoring {@code timingsMillis}. After a deliberate change of the analysis, rewrite the goldens
 * with {@code -Dgolden.update=true} (docs/examples/regenerate.sh also rebuilds the logs) and review their diff.
 */
public class GoldenExamplesTest {
    private static final Path REPO = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static List<Path> exampleLogs() throws IOException {
        try (Stream<Path> files = Files.list(REPO.resolve("docs/examples"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
    }

    /** The report as `analyze --format json docs/examples/NAME.log` prints it when run from the repository root. */
    private static ObjectNode analyze(Path log) throws IOException {
        String given = log.toString();
        CliRun run = CliRun.of("analyze", "--format", "json", given);
        assertThat(run.status()).as(run.err()).isZero();
        String relative = REPO.relativize(log).toString();
        String json = run.out().replace(JSON.writeValueAsString(given), JSON.writeValueAsString(relative));
        return (ObjectNode) JSON.readTree(json);
    }

    @Test
    public void examplesMatchTheirGoldenReports() throws IOException {
        List<Path> logs = exampleLogs();
        assertThat(logs).as("golden examples").hasSizeGreaterThanOrEqualTo(2);
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(REPO.resolve("docs/report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        for (Path log : logs) {
            Path golden = log.resolveSibling(log.getFileName().toString().replaceAll("\\.log$", ".report.json"));
            ObjectNode actual = analyze(log);
            if (UPDATE) {
                Files.writeString(golden, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden report; create it with -Dgolden.update=true").exists();
            ObjectNode expected = (ObjectNode) JSON.readTree(golden.toFile());
            assertThat(schema.validate(expected)).as("%s against the schema", golden).isEmpty();

            actual.remove("timingsMillis");
            expected.remove("timingsMillis");
            assertThat(JSON.writeValueAsString(actual)).as("%s (rewrite with -Dgolden.update=true if the change is "
                    + "intended)", golden).isEqualTo(JSON.writeValueAsString(expected));
        }
    }
}
