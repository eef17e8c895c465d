package org.cifailureagent.explain.flaky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class HistoryReaderTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void badLinesAreSkippedWithOneWarningAndTheRestIsRead() throws IOException {
        Path file = temp.newFile("history.jsonl").toPath();
        Files.writeString(file, """
                {"run":1,"commit":"a","timestamp":"t1","result":"success","failingTests":[]}
                not json
                {"run":2,"commit":"a","result":"maybe"}

                {"run":3,"commit":"a","result":"failure","category":"test","fingerprint":"f","failingTests":["x",4]}
                """);

        History history = HistoryReader.read(file);

        assertThat(history.runs()).extracting(HistoryRecord::run).containsExactly("1", "3");
        assertThat(history.runs().get(1).failingTests()).containsExactly("x");
        assertThat(history.warnings()).singleElement().asString().startsWith("history history.jsonl: 2 line(s) "
                + "skipped, first at line 2");
    }

    @Test
    public void onlyTheNewestRunsAreKept() throws IOException {
        Path file = temp.newFile("long.jsonl").toPath();
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= HistoryReader.MAX_RUNS + 5; i++) {
            lines.append("{\"run\":").append(i).append(",\"commit\":\"a\",\"result\":\"success\"}\n");
        }
        Files.writeString(file, lines);

        History history = HistoryReader.read(file);

        assertThat(history.runs()).hasSize(HistoryReader.MAX_RUNS);
        assertThat(history.runs().get(0).run()).isEqualTo("6");
        assertThat(FingerprintHistory.of(history, "f").text()).isEqualTo("not seen in the last 20 runs");
    }

    @Test
    public void aMissingFileThrows() {
        assertThatThrownBy(() -> HistoryReader.read(temp.getRoot().toPath().resolve("none.jsonl")))
                .isInstanceOf(NoSuchFileException.class);
    }
}
