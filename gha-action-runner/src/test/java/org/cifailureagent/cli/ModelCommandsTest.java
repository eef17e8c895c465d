package org.cifailureagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The model as the command line uses it: default model, bad model files, native fallback, drift. */
public class ModelCommandsTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    /** A real failed build from our fixtures (fixtures/corpus, produced by fixtures/generate.sh). */
    private static Path realLog() throws Exception {
        Path corpus = fixtures();
        JsonNode first = new ObjectMapper().readTree(Files.readAllLines(corpus.resolve("index.jsonl")).get(0));
        return corpus.resolve(first.get("file").asText());
    }

    /** Our labeled fixture corpus (fixtures/corpus). */
    private static Path fixtures() {
        Path corpus = Path.of(System.getProperty("fixtures.dir", "../fixtures/corpus"));
        boolean present = Files.isRegularFile(corpus.resolve("index.jsonl"));
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("fixtures missing at " + corpus.toAbsolutePath() + " but CI=true");
        }
        Assume.assumeTrue("fixtures absent at " + corpus.toAbsolutePath(), present);
        return corpus;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    public void evalCrossValidatesWithTheSeedItIsGiven() throws Exception {
        Run seeded = run("eval", "--folds", "3", "--seed", "8", "--format", "json", "--corpus",
                fixtures().toString());
        assertThat(seeded.exit()).as(seeded.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(seeded.out());
        assertThat(json.path("params").path("seed").asText()).isEqualTo("8");
        assertThat(json.path("model").path("accuracy").isNumber()).isTrue();
        assertThat(json.path("lineRanker").asText()).isEqualTo("a line ranker trained per fold");
    }

    @Test
    public void evalCanCrossValidateOnTheShippedRankersLines() throws Exception {
        Run run = run("eval", "--folds", "3", "--shipped-ranker", "--format", "json", "--corpus",
                fixtures().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).path("lineRanker").asText())
                .isEqualTo("the shipped line ranker");
    }

    @Test
    public void compareRetrainsBothRecipesAndPromotesOnlyWhenMacroF1DoesNotDrop() throws Exception {
        Path folder = temp.getRoot().toPath();
        Path current = train(folder.resolve("current.xgbm"), "30");
        Path candidate = train(folder.resolve("candidate.xgbm"), "1");
        Path promoted = folder.resolve("promoted.xgbm");

        Run run = run("eval", "--compare", candidate.toString(), "--model", current.toString(), "--folds", "3",
                "--format", "json", "--promote-to", promoted.toString(), "--corpus", fixtures().toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        double currentF1 = json.path("currentMacroF1").asDouble();
        double candidateF1 = json.path("candidateMacroF1").asDouble();
        assertThat(json.path("seeds")).hasSize(4);
        assertThat(currentF1).as("the mean over the seeds").isCloseTo(mean(json.path("currentMacroF1BySeed")),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(candidateF1).isCloseTo(mean(json.path("candidateMacroF1BySeed")),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(currentF1).as("the two recipes differ in rounds, so in figures").isNotEqualTo(candidateF1);
        boolean shouldPromote = candidateF1 >= currentF1;
        assertThat(json.path("promoted").asBoolean()).isEqualTo(shouldPromote);
        assertThat(run.exit()).as(run.err()).isEqualTo(shouldPromote ? 0 : EvalCommand.EXIT_NOT_PROMOTED);
        assertThat(json.path("reason").asText()).startsWith(shouldPromote ? "promoted" : "not promoted");
        assertThat(Files.exists(promoted)).isEqualTo(shouldPromote);

        Run same = run("eval", "--compare", current.toString(), "--model", current.toString(), "--folds", "3",
                "--seeds", "8", "--promote-to", promoted.toString(), "--corpus", fixtures().toString());
        assertThat(same.exit()).as("a recipe equal to the current one does not drop").isZero();
        assertThat(same.out()).contains("over xgboost seeds 8 on the same 3 grouped folds");
        assertThat(Files.readAllBytes(promoted)).isEqualTo(Files.readAllBytes(current));
    }

    private static double mean(JsonNode values) {
        double sum = 0;
        for (JsonNode value : values) {
            sum += value.asDouble();
        }
        return sum / values.size();
    }

    private static Path train(Path model, String rounds) throws Exception {
        Run run = run("train", "--folds", "3", "--rounds", rounds, "--shipped-ranker", "--corpus",
                fixtures().toString(), "--out", model.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return model;
    }

    @Test
    public void trainRankerTrainsWithTheSeedItIsGiven() throws Exception {
        Path folder = temp.getRoot().toPath();
        byte[] byDefault = trainRanker(folder.resolve("default.ubj"));
        byte[] seed42 = trainRanker(folder.resolve("seed42.ubj"), "--seed", "42");
        byte[] seed8 = trainRanker(folder.resolve("seed8.ubj"), "--seed", "8");
        assertThat(seed42).as("the default seed is 42").isEqualTo(byDefault);
        assertThat(seed8).as("another seed samples other rows and columns").isNotEqualTo(byDefault);
    }

    private static byte[] trainRanker(Path model, String... seed) throws Exception {
        List<String> args = new ArrayList<>(List.of("train-ranker", "--folds", "0", "--corpus",
                fixtures().toString(), "--out", model.toString()));
        args.addAll(List.of(seed));
        Run run = run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return Files.readAllBytes(model);
    }

    @Test
    public void analyzeUsesTheEmbeddedModelAndReportsItsVersion() throws Exception {
        Path drift = temp.getRoot().toPath().resolve("drift.jsonl");
        Run run = run("analyze", "--format", "json", "--drift-log", drift.toString(), realLog().toString());
        assertThat(run.exit()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/model/status").asText()).isEqualTo("default");
        assertThat(report.at("/model/version").asText()).startsWith("xgb-s");
        JsonNode sample = new ObjectMapper().readTree(Files.readAllLines(drift).get(0));
        assertThat(sample.get("category").asText()).isEqualTo(report.get("category").asText());
        // The report rounds the confidence to three decimals; the sample keeps it whole.
        assertThat(sample.get("confidence").asDouble()).isCloseTo(report.get("confidence").asDouble(),
                org.assertj.core.data.Offset.offset(0.0005));
    }

    @Test
    public void aTruncatedModelFileIsAOneLineErrorNamingIt() throws Exception {
        Path model = temp.getRoot().toPath().resolve("broken.ubj");
        try (var in = Main.class.getResourceAsStream("/org/cifailureagent/model/default-model.xgbm")) {
            byte[] bytes = in.readAllBytes();
            Files.write(model, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        }
        Run run = run("analyze", "--model", model.toString(), realLog().toString());
        assertThat(run.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err().strip()).startsWith("error: " + model).doesNotContain("\n").contains("truncated");
        assertThat(run.out()).isEmpty();
    }

    @Test
    public void withoutTheNativeLibraryRulesDecideAloneWithAWarning() throws Exception {
        // Neither a cache nor the temporary directory can hold the unpacked native library, as on a slim image.
        Path notADirectory = temp.newFile("not-a-directory").toPath();
        AnalyzeRun run = analyzeInNewJvm(notADirectory.resolve("cache"));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.report().at("/model/status").asText())
                .startsWith("rules-only: xgboost native library unavailable");
        assertThat(run.report().at("/model/version").asText()).isEqualTo("none");
        assertThat(run.err()).contains("warning: ").contains("native library is unavailable");
    }

    @Test
    public void theNativeLibraryUnpackedToTheUserCacheLoadsWithoutATemporaryDirectory() throws Exception {
        Path cache = temp.newFolder("xdg-cache").toPath();
        for (int run = 0; run < 2; run++) {
            AnalyzeRun analyzed = analyzeInNewJvm(cache);
            assertThat(analyzed.exit()).as(analyzed.err()).isZero();
            assertThat(analyzed.report().at("/model/status").asText()).isEqualTo("default");
            assertThat(analyzed.err()).doesNotContain("warning");
        }
        try (var files = Files.list(cache.resolve("ci-failure-agent"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .singleElement().asString().matches("libxgboost4j-[0-9a-f]{8}-[0-9]+\\.so");
        }
    }

    private record AnalyzeRun(int exit, JsonNode report, String err) {
    }

    /** `analyze --format json` in a JVM whose temporary directory does not exist, so xgboost4j cannot unpack there. */
    private static AnalyzeRun analyzeInNewJvm(Path cacheHome) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=/nonexistent/cifa", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "analyze", "--format", "json", realLog().toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new AnalyzeRun(process.exitValue(), new ObjectMapper().readTree(out), err);
    }

    @Test
    public void driftSaysStableForTheTrainingDistributionAndDriftedForAShift() throws Exception {
        Path recent = temp.getRoot().toPath().resolve("recent.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            lines.append("{\"category\":\"unknown\",\"confidence\":0.05,\"oovRate\":0.9}\n");
        }
        Files.writeString(recent, lines);
        Run drifted = run("drift", "--reference", "default", "--recent", recent.toString());
        assertThat(drifted.exit()).as(drifted.err()).isEqualTo(DriftCommand.EXIT_DRIFTED);
        assertThat(drifted.out()).contains("DRIFTED").contains("category PSI");

        Files.writeString(recent, "{\"category\":\"nonsense\",\"confidence\":0.5,\"oovRate\":0.1}\n");
        Run bad = run("drift", "--reference", "default", "--recent", recent.toString());
        assertThat(bad.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(bad.err()).startsWith("error: " + recent + ":1:");
    }
}
