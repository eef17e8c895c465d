package org.cifailureagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class MainTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("repo.root", ".."), "docs/examples");
    private static final String GITHUB_LOG = EXAMPLES.resolve("github-maven-compilation.log").toString();
    private static final String JENKINS_LOG = EXAMPLES.resolve("jenkins-maven-test.log").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private static void assertUsageError(CliRun run, String expectedPart) {
        assertThat(run.status()).as(run.err()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err().lines()).as("one line on stderr").hasSize(1);
        assertThat(run.err()).startsWith("error: ").contains(expectedPart).doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    public void analyzesALogAndExitsZero() {
        CliRun run = CliRun.of("analyze", GITHUB_LOG);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith(GITHUB_LOG + "\n").contains("category:");
    }

    @Test
    public void standardInputIsDash() throws IOException {
        CliRun run = CliRun.withStdin(Files.newInputStream(Path.of(JENKINS_LOG)), "analyze", "--format", "json", "-");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("input").asText()).isEqualTo("-");
        assertThat(report.get("totalLines").asLong()).isEqualTo(Files.readAllLines(Path.of(JENKINS_LOG)).size());
    }

    @Test
    public void jsonIsAnObjectForOneInputAndAnArrayForSeveral() throws IOException {
        JsonNode one = JSON.readTree(CliRun.of("analyze", "--format", "json", GITHUB_LOG).out());
        JsonNode two = JSON.readTree(CliRun.of("analyze", "--format", "json", GITHUB_LOG, JENKINS_LOG).out());

        assertThat(one.isObject()).isTrue();
        assertThat(one.get("input").asText()).isEqualTo(GITHUB_LOG);
        assertThat(two.isArray()).isTrue();
        assertThat(two).extracting(n -> n.get("input").asText()).containsExactly(GITHUB_LOG, JENKINS_LOG);
    }

    @Test
    public void jsonlIsOneLinePerInputInOrder() throws IOException {
        CliRun run = CliRun.of("analyze", "--format", "jsonl", JENKINS_LOG, GITHUB_LOG, JENKINS_LOG);

        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(0)).get("input").asText()).isEqualTo(JENKINS_LOG);
        assertThat(JSON.readTree(lines.get(1)).get("input").asText()).isEqualTo(GITHUB_LOG);
        assertThat(JSON.readTree(lines.get(2)).get("input").asText()).isEqualTo(JENKINS_LOG);
    }

    @Test
    public void markdownFormat() {
        CliRun run = CliRun.of("analyze", "--format", "markdown", GITHUB_LOG);

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("### CI failure: `");
    }

    @Test
    public void missingFile() {
        assertUsageError(CliRun.of("analyze", "no/such.log"), "no/such.log: no such file or directory");
    }

    @Test
    public void unreadableFile() throws IOException {
        Path file = temp.newFile("locked.log").toPath();
        assertThat(file.toFile().setReadable(false, false)).isTrue();
        org.junit.Assume.assumeFalse("root reads every file", Files.isReadable(file));

        assertUsageError(CliRun.of("analyze", file.toString()), "not readable");
    }

    /** Unreadable even for root: reading /proc/self/mem at offset 0 fails with an I/O error. */
    @Test
    public void fileWhoseReadFails() {
        org.junit.Assume.assumeTrue("Linux /proc", Files.exists(Path.of("/proc/self/mem")));

        assertUsageError(CliRun.of("analyze", "/proc/self/mem"), "/proc/self/mem: cannot be read (");
    }

    @Test
    public void directoryThatCannotBeListed() throws IOException {
        Path dir = temp.newFolder("locked").toPath();
        Files.writeString(dir.resolve("1_step.txt"), "x\n");
        assertThat(dir.toFile().setReadable(false, false)).isTrue();
        org.junit.Assume.assumeFalse("root reads every directory", Files.isReadable(dir));

        assertUsageError(CliRun.of("analyze", dir.toString()), "locked");
    }

    @Test
    public void badZip() throws IOException {
        Path zip = temp.newFile("logs.zip").toPath();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("build/1_Run.txt"));
            out.write(Files.readAllBytes(Path.of(GITHUB_LOG)));
        }
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length - 30));

        assertUsageError(CliRun.of("analyze", zip.toString()), "not a readable zip archive");
    }

    @Test
    public void zipEntryOutsideTheArchive() throws IOException {
        Path zip = temp.newFile("evil.zip").toPath();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../evil.txt"));
            out.write("x\n".getBytes());
        }

        assertUsageError(CliRun.of("analyze", zip.toString()), "entry '../evil.txt' points outside the archive");
    }

    @Test
    public void invalidRulesFile() throws IOException {
        Path rules = temp.newFile("rules.yaml").toPath();
        Files.writeString(rules, "version: 1\nrules:\n  - id: a\n    category: nonsense\n    patterns: [x]\n");

        assertUsageError(CliRun.of("analyze", "--rules", rules.toString(), GITHUB_LOG),
                rules + ": rule 'a': unknown category 'nonsense'");
    }

    @Test
    public void rulesFileThatDoesNotExist() {
        assertUsageError(CliRun.of("analyze", "--rules", "absent.yaml", GITHUB_LOG), "absent.yaml: no such file");
    }

    @Test
    public void unknownOption() {
        assertUsageError(CliRun.of("analyze", "--colour", GITHUB_LOG), "--colour");
    }

    @Test
    public void unknownFormat() {
        assertUsageError(CliRun.of("analyze", "--format", "xml", GITHUB_LOG), "xml");
    }

    @Test
    public void noInput() {
        assertUsageError(CliRun.of("analyze"), "INPUT");
    }

    @Test
    public void passingLogOrWorkspaceWithSeveralInputs() {
        assertUsageError(CliRun.of("analyze", "--passing-log", JENKINS_LOG, GITHUB_LOG, JENKINS_LOG),
                "--passing-log and --workspace apply to a single INPUT");
        assertUsageError(CliRun.of("analyze", "--workspace", ".", GITHUB_LOG, JENKINS_LOG),
                "--passing-log and --workspace apply to a single INPUT");
    }

    @Test
    public void standardInputTwice() {
        assertUsageError(CliRun.of("analyze", "-", "-"), "standard input ('-') can be given only once");
        assertUsageError(CliRun.of("analyze", "--passing-log", "-", "-"), "can be given only once");
    }

    @Test
    public void helpListsEveryOption() {
        CliRun run = CliRun.of("analyze", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--format", "--passing-log", "--workspace", "--rules", "--help", "--version",
                "INPUT", "text", "json", "jsonl", "markdown", "Exit status");
    }

    @Test
    public void topLevelHelpNamesEveryCommand() {
        CliRun run = CliRun.of("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("analyze", "eval", "train", "train-ranker", "drift", "label", "github-action",
                "help");
    }

    @Test
    public void helpCommandExplainsAnotherCommand() {
        CliRun run = CliRun.of("help", "train");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("--corpus", "--out");
    }

    @Test
    public void everyCommandIsFoundByItsName() {
        for (Class<?> command : Main.SUBCOMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            CliRun run = CliRun.of(name, "--help");

            assertThat(run.status()).as(name + ": " + run.err()).isZero();
            assertThat(run.out()).as(name).contains("Usage: ci-failure-agent " + name);
        }
    }
}
