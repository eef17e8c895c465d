package org.cifailureagent.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.normalize.Normalizer;

/**
 * Any bytes given as a log (plain or gzip, as '-' is read) split into numbered lines within the cap and normalize
 * without an exception. A small line cap makes the carry-over path of the splitter reachable with short inputs.
 */
class LogReaderFuzzTest {
    private static final int MAX_LINE_BYTES = 64;

    // Entries are written into a libFuzzer dictionary, which takes \xNN escapes and no raw quotes or newlines.
    @FuzzTest
    @DictionaryEntries({"\\x0A", "\\x0D\\x0A", "\\x0D", "\\x1B[31m", "\\x1B[0m", "\\x1B(B", "##[group]", "##[endgroup]",
        "##[error]", "::add-mask::", "2024-05-01T10:00:00.0000000Z ", "[Pipeline] ", "\\x1B[8mha:", "\\x1B[0m",
        "\\x1F\\x8B\\x08\\x00"})
    void readAndNormalize(byte[] bytes) throws IOException {
        BuildLog log = BuildLogs.open("-", new ByteArrayInputStream(bytes), new LineSplitter(MAX_LINE_BYTES),
                ReadLimits.DEFAULT);
        List<String> masked = new ArrayList<>();
        Normalizer normalizer = new Normalizer(masked::add);
        long[] last = {0};
        log.read(new LineSink() {
            @Override
            public void accept(LogLine line) {
                assertThat(line.number()).isEqualTo(last[0] + 1);
                last[0] = line.number();
                assertThat(line.text().length()).isLessThanOrEqualTo(MAX_LINE_BYTES);
                NormalizedLine normalized = normalizer.normalize(line);
                assertThat(normalized).isNotNull();
            }
        });
        boolean gzip = bytes.length >= 2 && bytes[0] == 0x1f && (bytes[1] & 0xff) == 0x8b;
        if (!gzip) {
            assertThat(last[0]).isEqualTo(expectedLines(bytes));
        }
    }

    /** LF ends a line; trailing bytes without one are a last line. */
    private static long expectedLines(byte[] bytes) {
        long lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? lines + 1 : lines;
    }
}
