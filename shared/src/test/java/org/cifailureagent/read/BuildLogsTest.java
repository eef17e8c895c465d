package org.cifailureagent.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class BuildLogsTest {
    private static final Path SAMPLES = Path.of("src/test/resources/samples");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private static CollectingSink read(BuildLog log) throws IOException {
        CollectingSink sink = new CollectingSink();
        log.read(sink);
        return sink;
    }

    private static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name));
    }

    private static long lfLines(String text) {
        return text.isEmpty() ? 0 : text.split("\n", -1).length - (text.endsWith("\n") ? 1 : 0);
    }

    @Test
    public void plainFileIsOneSourceNamedAsGiven() throws IOException {
        String input = SAMPLES.resolve("maven-color.log").toString();

        BuildLog log = BuildLogs.open(input, InputStream.nullInputStream());
        CollectingSink sink = read(log);

        assertThat(log.name()).isEqualTo(input);
        assertThat(log.sourcesAreSteps()).isFalse();
        assertThat(sink.sources).containsExactly(input);
        assertThat((long) sink.lines.size()).isEqualTo(lfLines(sample("maven-color.log")));
        assertThat(sink.lines).allMatch(l -> l.source().equals(input));
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    public void gzipIsDetectedByItsMagicBytesNotItsName() throws IOException {
        Path renamed = temp.getRoot().toPath().resolve("console");
        Files.copy(SAMPLES.resolve("maven-color.log.gz"), renamed);

        CollectingSink sink = read(BuildLogs.open(renamed.toString(), InputStream.nullInputStream()));

        assertThat(String.join("\n", sink.texts()) + "\n").isEqualTo(sample("maven-color.log"));
    }

    @Test
    public void truncatedGzipGivesAWarningAndWhatCouldBeRead() throws IOException {
        byte[] whole = Files.readAllBytes(SAMPLES.resolve("maven-color.log.gz"));
        Path cut = temp.newFile("cut.log.gz").toPath();
        Files.write(cut, Arrays.copyOf(whole, whole.length * 2 / 3));

        CollectingSink sink = read(BuildLogs.open(cut.toString(), InputStream.nullInputStream()));

        assertThat(sink.warnings).singleElement().asString().contains("cut.log.gz").contains("ends early or is corrupt");
        assertThat(sink.lines).isNotEmpty();
        assertThat(sink.lines.get(0).text()).isEqualTo(sample("maven-color.log").lines().findFirst().orElseThrow());
    }

    @Test
    public void standardInputIsDash() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("npm-color.log"));

        BuildLog log = BuildLogs.open("-", new ByteArrayInputStream(bytes));
        CollectingSink sink = read(log);

        assertThat(log.name()).isEqualTo("-");
        assertThat(sink.lines).isNotEmpty().allMatch(l -> l.source().equals("-"));
        assertThat((long) sink.lines.size()).isEqualTo(lfLines(sample("npm-color.log")));
    }

    @Test
    public void directoryIsReadInPathOrderSkippingBinariesAndLinks() throws IOException {
        Path dir = temp.newFolder("steps").toPath();
        Files.writeString(dir.resolve("2_Run mvn.txt"), sample("maven-color.log"));
        Files.writeString(dir.resolve("10_Post job.txt"), "Cleaning up orphan processes\n");
        Files.writeString(dir.resolve("1_Set up job.txt"), sample("ls-color.log"));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/3_npm.txt"), sample("npm-color.log"));
        Files.write(dir.resolve("blob.bin"), Arrays.copyOf(Files.readAllBytes(Path.of("/bin/true")), 4096));
        Path outside = temp.newFile("outside.txt").toPath();
        Files.writeString(outside, "SECRET OUTSIDE\n");
        Files.createSymbolicLink(dir.resolve("0_link.txt"), outside);
        Files.createSymbolicLink(dir.resolve("0_linkdir"), temp.getRoot().toPath());

        BuildLog log = BuildLogs.open(dir.toString(), InputStream.nullInputStream());
        CollectingSink sink = read(log);

        assertThat(log.sourcesAreSteps()).isTrue();
        assertThat(sink.sources).containsExactly("1_Set up job.txt", "2_Run mvn.txt", "10_Post job.txt",
                "sub/3_npm.txt");
        assertThat(sink.warnings).singleElement().asString().contains("blob.bin").contains("binary");
        assertThat(sink.texts()).noneMatch(t -> t.contains("SECRET OUTSIDE"));
        assertThat(sink.lines.stream().filter(l -> l.source().equals("2_Run mvn.txt")).findFirst().orElseThrow()
                .number()).isEqualTo(1);
    }

    @Test
    public void directoryWithTooManyFilesIsRefused() throws IOException {
        Path dir = temp.newFolder("many").toPath();
        for (int i = 0; i < 4; i++) {
            Files.writeString(dir.resolve(i + ".txt"), "x\n");
        }
        BuildLog log = BuildLogs.open(dir.toString(), InputStream.nullInputStream(), new LineSplitter(),
                new ReadLimits(3, 1000, 1000));

        assertThatThrownBy(() -> read(log)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("more than 3 files");
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = temp.getRoot().toPath().resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    public void zipInGitHubsRunLogLayoutIsReadByStepNumber() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("build/10_Complete job.txt", "Cleaning up orphan processes\n".getBytes(StandardCharsets.UTF_8));
        entries.put("build/2_Run mvn.txt", Files.readAllBytes(SAMPLES.resolve("maven-color.log")));
        entries.put("build/", new byte[0]);
        entries.put("build/1_Set up job.txt", Files.readAllBytes(SAMPLES.resolve("ls-color.log")));
        Path zip = zip("logs_42.zip", entries);

        BuildLog log = BuildLogs.open(zip.toString(), InputStream.nullInputStream());
        CollectingSink sink = read(log);

        assertThat(log.sourcesAreSteps()).isTrue();
        assertThat(sink.sources).containsExactly("build/1_Set up job.txt", "build/2_Run mvn.txt",
                "build/10_Complete job.txt");
        assertThat(sink.lines.stream().filter(l -> l.source().equals("build/2_Run mvn.txt")).count())
                .isEqualTo(lfLines(sample("maven-color.log")));
    }

    @Test
    public void zipWithTooManyEntriesIsRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            entries.put("build/" + i + "_step.txt", "x\n".getBytes(StandardCharsets.UTF_8));
        }
        Path zip = zip("many.zip", entries);
        BuildLog log = BuildLogs.open(zip.toString(), InputStream.nullInputStream(), new LineSplitter(),
                new ReadLimits(3, 1000, 1000));

        assertThatThrownBy(() -> read(log)).isInstanceOf(UnreadableInputException.class)
                .hasMessage(zip + ": more than 3 entries");
    }

    @Test
    public void zipEntryExpandingBeyondItsCapIsRefused() throws IOException {
        Path zip = zip("big.zip", Map.of("build/1_big.txt", Files.readAllBytes(SAMPLES.resolve("maven-color.log"))));
        BuildLog log = BuildLogs.open(zip.toString(), InputStream.nullInputStream(), new LineSplitter(),
                new ReadLimits(10, 1000, 100_000));

        assertThatThrownBy(() -> read(log)).isInstanceOf(UnreadableInputException.class)
                .hasMessage(zip + ": entry 'build/1_big.txt' expands beyond 1000 bytes");
    }

    @Test
    public void zipExpandingBeyondTheTotalCapIsRefused() throws IOException {
        byte[] text = Files.readAllBytes(SAMPLES.resolve("npm-color.log"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            entries.put("build/" + i + "_npm.txt", text);
        }
        Path zip = zip("total.zip", entries);
        BuildLog log = BuildLogs.open(zip.toString(), InputStream.nullInputStream(), new LineSplitter(),
                new ReadLimits(10, text.length + 1L, text.length * 3L));

        assertThatThrownBy(() -> read(log)).isInstanceOf(UnreadableInputException.class)
                .hasMessage(zip + ": archive expands beyond " + text.length * 3L + " bytes in total");
    }

    /** 200 MB of text compressed to a few hundred KB: the cap stops it after the first MB, not after 200. */
    @Test
    public void zipBombOfTextStopsAtTheCap() throws IOException {
        Path zip = temp.getRoot().toPath().resolve("bomb.zip");
        byte[] chunk = "[INFO] Download progress 0123456789\n".repeat(28_000).getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(9);
            out.putNextEntry(new ZipEntry("build/1_bomb.txt"));
            for (long written = 0; written < 200_000_000L; written += chunk.length) {
                out.write(chunk);
            }
            out.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(2_000_000L);
        BuildLog log = BuildLogs.open(zip.toString(), InputStream.nullInputStream(), new LineSplitter(),
                new ReadLimits(10, 1_000_000, 10_000_000));

        assertThatThrownBy(() -> read(log)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("expands beyond 1000000 bytes");
    }

    /** 200 MB of zeros: binary, so skipped after a look at its first bytes, with a warning. */
    @Test
    public void zipBombOfZerosIsSkippedAsBinary() throws IOException {
        Path zip = temp.getRoot().toPath().resolve("zeros.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("build/1_zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
            out.closeEntry();
            out.putNextEntry(new ZipEntry("build/2_text.txt"));
            out.write("after the bomb\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        CollectingSink sink = read(BuildLogs.open(zip.toString(), InputStream.nullInputStream()));

        assertThat(sink.warnings).singleElement().asString().contains("build/1_zeros.txt").contains("binary");
        assertThat(sink.texts()).containsExactly("after the bomb");
    }

    @Test
    public void zipEntriesClimbingOutOfTheArchiveAreRefused() throws IOException {
        for (String evil : new String[] {"../evil.txt", "/abs.txt", "build/../../evil.txt", "C:\\evil.txt",
            "build\\..\\..\\evil.txt"}) {
            Path zip = zip("evil.zip", Map.of(evil, "x\n".getBytes(StandardCharsets.UTF_8)));
            BuildLog log = BuildLogs.open(zip.toString(), InputStream.nullInputStream());

            assertThatThrownBy(() -> read(log)).as(evil).isInstanceOf(UnreadableInputException.class)
                    .hasMessage(zip + ": entry '" + evil + "' points outside the archive");
            Files.delete(zip);
        }
    }

    @Test
    public void corruptZipIsAClearError() throws IOException {
        Path good = zip("good.zip", Map.of("build/1_a.txt", Files.readAllBytes(SAMPLES.resolve("maven-color.log"))));
        byte[] bytes = Files.readAllBytes(good);
        Path bad = temp.newFile("bad.zip").toPath();
        Files.write(bad, Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> read(BuildLogs.open(bad.toString(), InputStream.nullInputStream())))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith(bad + ": not a readable zip archive");
    }

    @Test
    public void missingFileIsAClearError() {
        assertThatThrownBy(() -> BuildLogs.open("no/such/build.log", InputStream.nullInputStream()))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("no/such/build.log: no such file or directory");
    }

    @Test
    public void unreadableFileIsAClearError() throws IOException {
        Path file = temp.newFile("secret.log").toPath();
        Files.writeString(file, "x\n");
        assertThat(file.toFile().setReadable(false, false)).isTrue();
        org.junit.Assume.assumeFalse("root reads every file", Files.isReadable(file));

        assertThatThrownBy(() -> BuildLogs.open(file.toString(), InputStream.nullInputStream()))
                .isInstanceOf(UnreadableInputException.class).hasMessage(file + ": not readable");
    }
}
