package org.cifailureagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.classify.RulesClassifier;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.taxonomy.Category;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Reports the analyzer really produces, on real logs, against docs/report.schema.json. */
public class ReportSchemaTest {
    private static final Path REPO = Path.of(System.getProperty("repo.root", ".."));
    private static final Path SAMPLES = Path.of("src/test/resources/samples");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;
    private static Analyzer analyzer;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @BeforeClass
    public static void load() throws IOException {
        try (InputStream in = Files.newInputStream(REPO.resolve("docs/report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();
    }

    private JsonNode analyzeAndValidate(String input, InputStream stdin) throws IOException {
        return validate(input, analyzer.analyze(AnalysisRequest.of(BuildLogs.open(input, stdin))));
    }

    private JsonNode validate(String input, Report report) throws IOException {
        JsonNode json = JSON.readTree(ReportJson.pretty(report));
        Set<ValidationMessage> errors = schema.validate(json);
        assertThat(errors).as("%s: %s", input, json).isEmpty();
        assertCategoryFollowsTheScores(json);
        assertThat(json.has("exitCode")).as("exitCode is always present").isTrue();
        return json;
    }

    private JsonNode analyzeAndValidate(Path input) throws IOException {
        return analyzeAndValidate(input.toString(), InputStream.nullInputStream());
    }

    /** confidence is the top probability; category is its category, or unknown below the threshold. */
    private static void assertCategoryFollowsTheScores(JsonNode json) {
        double sum = 0;
        double top = -1;
        String argmax = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = json.get("categoryScores").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> score = it.next();
            sum += score.getValue().asDouble();
            if (score.getValue().asDouble() > top) {
                top = score.getValue().asDouble();
                argmax = score.getKey();
            }
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.0006));
        assertThat(json.get("confidence").asDouble()).isEqualTo(top);
        String expected = top < RulesClassifier.UNKNOWN_THRESHOLD ? Category.UNKNOWN.wireName() : argmax;
        assertThat(json.get("category").asText()).isEqualTo(expected);
    }

    @Test
    public void goldenExampleLogs() throws IOException {
        JsonNode github = analyzeAndValidate(REPO.resolve("docs/examples/github-maven-compilation.log"));
        JsonNode jenkins = analyzeAndValidate(REPO.resolve("docs/examples/jenkins-maven-test.log"));

        assertThat(github.get("category").asText()).isEqualTo("compilation");
        assertThat(github.get("exitCode").asInt()).isEqualTo(1);
        assertThat(jenkins.get("category").asText()).isEqualTo("test");
        assertLinesAreWhereTheirNumbersSay(github, REPO.resolve("docs/examples/github-maven-compilation.log"));
        assertLinesAreWhereTheirNumbersSay(jenkins, REPO.resolve("docs/examples/jenkins-maven-test.log"));
    }

    /** Every reported line is found, as {@code sed -n NUMBERp} would show it, in the raw log at its number. */
    private static void assertLinesAreWhereTheirNumbersSay(JsonNode report, Path log) throws IOException {
        java.util.List<String> raw = java.util.Arrays.asList(Files.readString(log).split("\n", -1));
        for (String part : new String[] {"lines", "context"}) {
            for (JsonNode line : report.get("rootCause").get(part)) {
                assertThat(raw.get(line.get("number").asInt() - 1)).as("%s line %s", log, line.get("number"))
                        .contains(line.get("text").asText());
            }
        }
    }

    @Test
    public void realToolSamples() throws IOException {
        for (String sample : new String[] {"maven-color.log", "maven-color.log.gz", "npm-color.log", "ls-color.log",
            "progress-cr.log", "git-diff-color.log"}) {
            analyzeAndValidate(SAMPLES.resolve(sample));
        }
    }

    @Test
    public void flakyEvidenceFromRetriesAndFromAHistory() throws IOException {
        Path workspace = Path.of("src/test/resources/workspace/samples");
        for (String sample : new String[] {"retries/surefire-flakes-only.log", "retries/jest-retries.log",
            "retries/maven-flakes-and-compile-error.log"}) {
            JsonNode json = analyzeAndValidate(workspace.resolve(sample));
            assertThat(json.get("flaky").get("tests").get(0).get("attempts")).as(sample).isNotEmpty();
        }
        org.cifailureagent.explain.flaky.History history = org.cifailureagent.explain.flaky.HistoryReader.read(
                workspace.resolve("flaky/history.jsonl"));
        String log = workspace.resolve("flaky/current.log").toString();
        JsonNode json = validate(log, analyzer.analyze(AnalysisRequest.of(BuildLogs.open(log,
                InputStream.nullInputStream())).withHistory(history, "c0ffee")));
        assertThat(json.get("history").get("runs").asInt()).isPositive();
        assertThat(json.get("flaky").get("tests").get(0).has("attempts")).isFalse();
    }

    @Test
    public void logWithoutEvidenceIsUnknownWithANullExitCode() throws IOException {
        JsonNode json = analyzeAndValidate(SAMPLES.resolve("ls-color.log"));

        assertThat(json.get("category").asText()).isEqualTo("unknown");
        assertThat(json.get("exitCode").isNull()).isTrue();
        assertThat(json.has("failingStep")).isFalse();
    }

    @Test
    public void emptyStandardInput() throws IOException {
        JsonNode json = analyzeAndValidate("-", new ByteArrayInputStream(new byte[0]));

        assertThat(json.get("totalLines").asLong()).isZero();
        assertThat(json.get("rootCause").get("lines")).isEmpty();
    }

    @Test
    public void zipOfStepsWithAMaskedSecret() throws IOException {
        Path zip = temp.getRoot().toPath().resolve("logs.zip");
        String secret = "s3cr3t-" + System.nanoTime();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("build/1_Set up job.txt"));
            out.write(("2026-11-26T10:00:00.0000000Z ::add-mask::" + secret + "\n").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("build/2_Run mvn.txt"));
            out.write(Files.readAllBytes(SAMPLES.resolve("maven-color.log")));
            out.write(("[ERROR] deploy failed with " + secret + "\n").getBytes(StandardCharsets.UTF_8));
            out.write("##[error]Process completed with exit code 1.\n".getBytes(StandardCharsets.UTF_8));
        }

        JsonNode json = analyzeAndValidate(zip);

        assertThat(json.toString()).doesNotContain(secret);
        assertThat(json.get("failingStep").asText()).isEqualTo("compiler:3.14.0:compile (default-compile) @ "
                + "maven-compilation");
        assertThat(json.get("rootCause").get("lines").get(0).get("source").asText()).isEqualTo("build/2_Run mvn.txt");
    }

    @Test
    public void gzipWithACorruptHeaderIsAWarningNotAFailure() throws IOException {
        Path bad = temp.newFile("console.gz").toPath();
        Files.write(bad, new byte[] {0x1f, (byte) 0x8b, 99, 0, 0});

        JsonNode json = analyzeAndValidate(bad);

        assertThat(json.get("warnings")).singleElement().satisfies(w -> assertThat(w.asText())
                .contains("ends early or is corrupt"));
    }

    @Test
    public void schemaRefusesAReportWithoutExitCodeOrWithTooFewScores() throws IOException {
        JsonNode json = analyzeAndValidate(SAMPLES.resolve("npm-color.log"));

        com.fasterxml.jackson.databind.node.ObjectNode noExit = json.deepCopy();
        noExit.remove("exitCode");
        com.fasterxml.jackson.databind.node.ObjectNode nineScores = json.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) nineScores.get("categoryScores")).remove("flaky");
        com.fasterxml.jackson.databind.node.ObjectNode extra = json.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) extra.get("categoryScores")).put("security", 0.0);

        assertThat(schema.validate(noExit)).isNotEmpty();
        assertThat(schema.validate(nineScores)).isNotEmpty();
        assertThat(schema.validate(extra)).isNotEmpty();
    }
}
