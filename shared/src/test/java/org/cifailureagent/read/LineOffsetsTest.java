package org.cifailureagent.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class LineOffsetsTest {
    private static final Path LOG = Path.of(System.getProperty("repo.root", ".."), "docs", "examples",
            "jenkins-maven-test.log");

    @Test
    public void startsPointAtTheFirstByteOfEachLine() throws IOException {
        byte[] bytes = Files.readAllBytes(LOG);
        Map<Long, Long> starts = LineOffsets.startsOf(new ByteArrayInputStream(bytes), List.of(1L, 39L, 78L, 9999L));

        assertThat(starts).containsOnlyKeys(1L, 39L, 78L);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n", -1);
        for (long line : List.of(1L, 39L, 78L)) {
            int offset = starts.get(line).intValue();
            assertThat(text.substring(offset, text.indexOf('\n', offset))).isEqualTo(lines[(int) line - 1]);
        }
    }

    @Test
    public void indicesCountLinesFromWhereAViewStarts() throws IOException {
        byte[] bytes = "a\nbb\nccc\ndddd\n".getBytes(StandardCharsets.US_ASCII);
        // The view starts in the middle of "bb": its partial first line is index 0.
        long[] indices = LineOffsets.indicesFrom(new ByteArrayInputStream(bytes), 3, new long[] {0, 5, 9});

        assertThat(indices).containsExactly(-1, 1, 2);
    }

    @Test
    public void skippingTheHeadStopsAtALineStartAndCountsTheLines() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream("a\nbb\nccc\n".getBytes(StandardCharsets.US_ASCII));

        LineOffsets.HeadSkip skip = LineOffsets.skipLines(in, 3);

        assertThat(skip).isEqualTo(new LineOffsets.HeadSkip(5, 2));
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("ccc\n");
    }

    @Test
    public void skippingExactlyToALineStartReadsNoFurther() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream("a\nbb\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(LineOffsets.skipLines(in, 2)).isEqualTo(new LineOffsets.HeadSkip(2, 1));
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("bb\n");
    }
}
