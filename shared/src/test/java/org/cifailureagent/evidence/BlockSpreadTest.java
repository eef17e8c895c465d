package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class BlockSpreadTest {
    private record Line(String source, long number, String text) {
        Line(String source, long number) {
            this(source, number, source + ":" + number);
        }
    }

    private static List<Long> spread(List<Line> ranked) {
        return BlockSpread.apply(ranked, Line::source, Line::number, Line::text).stream().map(Line::number).toList();
    }

    @Test
    public void neighboursOfABetterLineMoveBehindLinesOfOtherBlocks() {
        List<Line> ranked = List.of(new Line("log", 100), new Line("log", 101), new Line("log", 102),
                new Line("log", 40), new Line("log", 103), new Line("log", 300));

        assertThat(spread(ranked)).containsExactly(100L, 40L, 103L, 300L, 101L, 102L);
    }

    @Test
    public void aLineThatRepeatsABetterLineWordForWordMovesBehindToo() {
        // Maven prints javac's error, then the same line again in its summary of the failed goal.
        String error = "[ERROR] /w/src/main/java/example/Greeter.java:[5,28] cannot find symbol";
        List<Line> ranked = List.of(new Line("log", 26, error), new Line("log", 38, error),
                new Line("log", 29, "[INFO] 1 error"), new Line("log", 46, "[ERROR] For more information"));

        assertThat(spread(ranked)).containsExactly(26L, 29L, 46L, 38L);
    }

    @Test
    public void aMessagePrintedAgainLaterIsShownWhereItFirstAppeared() {
        // Surefire prints the forked JVM's "Java heap space" when it happens and twice more in its failure summary.
        String oom = "[ERROR] Java heap space";
        List<Line> ranked = List.of(new Line("log", 115, oom), new Line("log", 111, "[ERROR] Failed to execute goal"),
                new Line("log", 117, oom), new Line("log", 98, oom), new Line("log", 122, "[ERROR] \tat ForkStarter"));

        assertThat(spread(ranked)).containsExactly(98L, 111L, 122L, 117L, 115L);
    }

    @Test
    public void linesOfAnotherSourceAreNeverNeighbours() {
        List<Line> ranked = List.of(new Line("step-1", 10), new Line("step-2", 11), new Line("step-1", 12));

        assertThat(spread(ranked)).containsExactly(10L, 11L, 12L);
    }

    @Test
    public void onlyTheHeadIsSpreadAndNothingIsLost() {
        List<Line> ranked = new ArrayList<>();
        for (int i = 0; i < BlockSpread.HEAD + 10; i++) {
            ranked.add(new Line("log", i));
        }

        List<Long> spread = spread(ranked);

        assertThat(spread).hasSize(ranked.size()).doesNotHaveDuplicates();
        assertThat(spread.subList(0, 3)).containsExactly(0L, 3L, 6L);
        assertThat(spread.subList(BlockSpread.HEAD, spread.size())).containsExactly(50L, 51L, 52L, 53L, 54L, 55L,
                56L, 57L, 58L, 59L);
    }
}
