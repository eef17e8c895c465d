package org.cifailureagent.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LineSplitterTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private static CollectingSink split(byte[] bytes, LineSplitter splitter) throws IOException {
        CollectingSink sink = new CollectingSink();
        long count = splitter.split(new ByteArrayInputStream(bytes), "log", sink);
        assertThat(count).isEqualTo(sink.lines.size());
        for (int i = 0; i < sink.lines.size(); i++) {
            assertThat(sink.lines.get(i).number()).as("numbers are consecutive").isEqualTo(i + 1L);
        }
        return sink;
    }

    private static CollectingSink split(String text) throws IOException {
        return split(text.getBytes(StandardCharsets.UTF_8), new LineSplitter());
    }

    /** What {@code grep -c ''} prints: LF-terminated lines plus a last line without LF. */
    private long grepCount(byte[] bytes) throws IOException, InterruptedException {
        Path file = temp.newFile().toPath();
        Files.write(file, bytes);
        Process grep = new ProcessBuilder("grep", "-c", "", file.toString()).redirectErrorStream(true).start();
        String out = new String(grep.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        grep.waitFor();
        return Long.parseLong(out);
    }

    @Test
    public void countsLfOnlyAndKeepsBareCrInTheLine() throws IOException {
        CollectingSink sink = split("one\rstill one\ntwo\r\nthree\n");

        assertThat(sink.texts()).containsExactly("one\rstill one", "two", "three");
    }

    @Test
    public void realProgressBarOutputKeepsGrepsNumbering() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/samples/progress-cr.log"));

        CollectingSink sink = split(bytes, new LineSplitter());

        assertThat((long) sink.lines.size()).isEqualTo(grepCount(bytes));
        assertThat(sink.lines.get(3).text()).isEqualTo("BUILD FAILED");
        assertThat(sink.lines.get(1).text()).contains("\r");
    }

    @Test
    public void invalidUtf8IsReplacedNeverThrown() throws IOException {
        byte[] bytes = {'o', 'k', (byte) 0xff, (byte) 0xc3, '\n', (byte) 0xe2, (byte) 0x82, '\n', 'x', '\n'};

        CollectingSink sink = split(bytes, new LineSplitter());

        assertThat(sink.texts()).hasSize(3);
        assertThat(sink.texts().get(0)).startsWith("ok").contains("\uFFFD");
        assertThat(sink.texts().get(1)).contains("\uFFFD");
        assertThat(sink.texts().get(2)).isEqualTo("x");
    }

    @Test
    public void lastLineWithoutLfCounts() throws Exception {
        byte[] bytes = "a\nb\nlast".getBytes(StandardCharsets.UTF_8);

        CollectingSink sink = split(bytes, new LineSplitter());

        assertThat(sink.texts()).containsExactly("a", "b", "last");
        assertThat((long) sink.lines.size()).isEqualTo(grepCount(bytes));
    }

    @Test
    public void emptyInputHasNoLines() throws Exception {
        assertThat(split(new byte[0], new LineSplitter()).lines).isEmpty();
        assertThat(grepCount(new byte[0])).isZero();
    }

    @Test
    public void emptyLinesCount() throws Exception {
        byte[] bytes = "\n\n\r\n".getBytes(StandardCharsets.UTF_8);

        CollectingSink sink = split(bytes, new LineSplitter());

        assertThat(sink.texts()).containsExactly("", "", "");
        assertThat((long) sink.lines.size()).isEqualTo(grepCount(bytes));
    }

    @Test
    public void lineOfSeveralMegabytesIsTruncatedButCounted() throws Exception {
        byte[] huge = new byte[5 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        byte[] bytes = concat("before\n".getBytes(StandardCharsets.UTF_8), huge,
                "\nafter\nend\n".getBytes(StandardCharsets.UTF_8));

        CollectingSink sink = split(bytes, new LineSplitter());

        assertThat(sink.lines).hasSize(4);
        LogLine long1 = sink.lines.get(1);
        assertThat(long1.truncated()).isTrue();
        assertThat(long1.text()).hasSize(LineSplitter.DEFAULT_MAX_LINE_BYTES);
        assertThat(sink.lines.get(2)).isEqualTo(new LogLine("log", 3, "after", false));
        assertThat(sink.lines.get(3).number()).isEqualTo(4);
        assertThat((long) sink.lines.size()).isEqualTo(grepCount(bytes));
    }

    @Test
    public void lineOfExactlyTheCapFollowedByCrLfIsNotTruncated() throws IOException {
        byte[] line = new byte[16];
        Arrays.fill(line, (byte) 'y');
        byte[] bytes = concat(line, "\r\nz\n".getBytes(StandardCharsets.UTF_8));

        CollectingSink sink = split(bytes, new LineSplitter(16));

        assertThat(sink.lines.get(0).text()).isEqualTo("y".repeat(16));
        assertThat(sink.lines.get(0).truncated()).isFalse();
        assertThat(sink.lines.get(1).text()).isEqualTo("z");
    }

    @Test
    public void linesCrossingTheReadBufferAreWhole() throws Exception {
        // Lines of every length around the 64 KiB read buffer, so that LFs, CRLFs and multi-byte characters
        // fall on and around the boundary.
        StringBuilder expected = new StringBuilder();
        int[] lengths = {65_535, 1, 65_534, 2, 70_000, 0, 65_536, 3};
        for (int i = 0; i < lengths.length; i++) {
            expected.append("é".repeat(lengths[i] / 2)).append(i % 2 == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = expected.toString().getBytes(StandardCharsets.UTF_8);

        CollectingSink sink = split(bytes, new LineSplitter(200_000));

        assertThat(sink.lines).hasSize(lengths.length);
        for (int i = 0; i < lengths.length; i++) {
            assertThat(sink.lines.get(i).text()).as("line %d", i + 1).isEqualTo("é".repeat(lengths[i] / 2));
            assertThat(sink.lines.get(i).truncated()).isFalse();
        }
        assertThat((long) sink.lines.size()).isEqualTo(grepCount(bytes));
    }

    @Test
    public void crLfSplitAcrossReadsIsStripped() throws IOException {
        byte[] bytes = "first\r\nsecond\r\n".getBytes(StandardCharsets.UTF_8);
        // A stream that hands out one byte per read puts every boundary between CR and LF.
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(1, len));
            }
        };
        CollectingSink sink = new CollectingSink();

        new LineSplitter().split(trickle, "log", sink);

        assertThat(sink.texts()).containsExactly("first", "second");
    }

    @Test
    public void randomLogsNumberLikeGrep() throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < 5; round++) {
            byte[] bytes = new byte[200_000 + random.nextInt(100_000)];
            for (int i = 0; i < bytes.length; i++) {
                int r = random.nextInt(100);
                bytes[i] = r < 3 ? (byte) '\n' : r < 5 ? (byte) '\r' : (byte) (32 + random.nextInt(200));
            }
            CollectingSink sink = split(bytes, new LineSplitter(1_000));

            assertThat((long) sink.lines.size()).as("round %d", round).isEqualTo(grepCount(bytes));
            for (LogLine line : sink.lines) {
                assertThat(line.text().length()).isLessThanOrEqualTo(1_000);
            }
        }
    }

    @Test
    public void randomLogsSplitLikeTheDefinitionWhateverTheReadSizes() throws IOException {
        Random random = new Random(11);
        int cap = 300;
        for (int round = 0; round < 200; round++) {
            byte[] bytes = randomLog(random, cap);
            // Reads of random sizes put LFs, CRLFs and multi-byte characters on every kind of boundary.
            InputStream uneven = new ByteArrayInputStream(bytes) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    return super.read(b, off, Math.min(len, 1 + random.nextInt(random.nextBoolean() ? 16 : 700)));
                }
            };
            CollectingSink sink = new CollectingSink();

            long count = new LineSplitter(cap).split(uneven, "log", sink);

            assertThat(sink.lines).as("round %d", round).isEqualTo(definedLines(bytes, cap));
            assertThat(count).isEqualTo(sink.lines.size());
        }
    }

    /** Lines of every length around the cap, with CR, CRLF, multi-byte and invalid UTF-8, LF-like bytes. */
    private static byte[] randomLog(Random random, int cap) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[][] pieces = {{'\r'}, {(byte) 0xC3, (byte) 0xA9}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF},
            {(byte) 0x8A}, {0x0B}, {'\t'}, "error: ".getBytes(StandardCharsets.US_ASCII)};
        int lines = random.nextInt(40);
        for (int l = 0; l < lines; l++) {
            int length = random.nextInt(4) == 0 ? cap - 3 + random.nextInt(7) : random.nextInt(2 * cap);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(10) == 0) {
                    byte[] piece = pieces[random.nextInt(pieces.length)];
                    out.write(piece, 0, piece.length);
                } else {
                    out.write(32 + random.nextInt(95));
                }
            }
            if (random.nextInt(3) == 0) {
                out.write('\r');
            }
            if (l < lines - 1 || random.nextBoolean()) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /**
     * The lines as LogLine documents them, from the whole input at once: split on LF, a last line without LF counts,
     * the CR of a CRLF is dropped (and not counted towards the cap), at most {@code cap} bytes are decoded.
     */
    private static java.util.List<LogLine> definedLines(byte[] bytes, int cap) {
        java.util.List<LogLine> lines = new java.util.ArrayList<>();
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int length = end - start;
            if (length > 0 && bytes[end - 1] == '\r') {
                length--;
            }
            String text = new String(bytes, start, Math.min(length, cap), StandardCharsets.UTF_8);
            lines.add(new LogLine("log", lines.size() + 1, text, length > cap));
            start = end + 1;
        }
        return lines;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
