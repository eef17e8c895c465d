package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cifailureagent.evidence.ranker.ModelLineRanker;
import org.junit.Test;

public class BlockSpreadTest {
    private record Line(String source, long number, String text) {
        Line(String source, long number) {
            this(source, number, source + ":" + number);
        }
    }

    private static List<Long> spread(List<Line> ranked) {
        // As the heuristic ranking spreads: its scores have no scale, so every near line goes behind.
        return BlockSpread.apply(ranked, Line::source, Line::number, Line::text, line -> 0,
                new HeuristicLineRanker().spreadMargin()).stream().map(Line::number).toList();
    }

    @Test
    public void neighboursOfABetterLineMoveBehindLinesOfOtherBlocks() {
        List<Line> ranked = List.of(new Line("log", 100), new Line("log", 101), new Line("log", 102),
                new Line("log", 40), new Line("log", 103), new Line("log", 300));

        assertThat(spread(ranked)).containsExactly(100L, 40L, 103L, 300L, 101L, 102L);
    }

    @Test
    public void byTheModelsScoresANearLineGoesBehindOnlyLinesThatScoreWithinTheMarginBelowIt() {
        // fixtures/corpus/logs/go-mod/test-oom-killed-jenkins.log as the shipped ranker scores it: go test's FAIL
        // line under "signal: killed", then a checkout's chatter far below.
        List<Line> ranked = List.of(new Line("log", 41), new Line("log", 42), new Line("log", 40),
                new Line("log", 51), new Line("log", 22), new Line("log", 25));
        Map<Long, Double> scores = Map.of(41L, 2.147, 42L, 1.445, 40L, 0.312, 51L, -0.393, 22L, -2.702, 25L, -2.861);

        List<Long> byScores = BlockSpread.apply(ranked, Line::source, Line::number, Line::text,
                line -> scores.get(line.number()), ModelLineRanker.SPREAD_MARGIN).stream().map(Line::number).toList();

        assertThat(spread(ranked)).containsExactly(41L, 51L, 22L, 25L, 42L, 40L);
        assertThat(byScores).containsExactly(41L, 51L, 42L, 40L, 22L, 25L);
    }

    @Test
    public void aLineThatRepeatsABetterLineWordForWordMovesBehindToo() {
        // docs/examples/github-maven-compilation.log: Maven prints javac's error, then again in its summary of the goal.
        String error = "[ERROR] /tmp/cfa-examples/maven-compilation/src/main/java/example/Greeter.java:[5,28] cannot "
                + "find symbol";
        List<Line> ranked = List.of(new Line("log", 26, error), new Line("log", 38, error),
                new Line("log", 29, "[INFO] 1 error"), new Line("log", 46, "[ERROR] For more information about the "
                        + "errors and possible solutions, please read the following articles:"));

        assertThat(spread(ranked)).containsExactly(26L, 29L, 46L, 38L);
    }

    @Test
    public void aMessagePrintedAgainLaterIsShownWhereItFirstAppeared() {
        // fixtures/corpus/logs/maven-app/surefire-oom-gha.log as the line ranker ordered it: the forked JVM's
        // "Java heap space" is labeled where it happened (98), and Surefire prints it again in its summary (117).
        String oom = "[ERROR] Java heap space";
        List<Line> ranked = List.of(new Line("log", 114, "[ERROR] There was an error in the forked process"),
                new Line("log", 111, "[ERROR]"), new Line("log", 117, oom), new Line("log", 98, oom),
                new Line("log", 122, "[ERROR] \tat org.apache.maven.plugin.surefire.AbstractSurefireMojo"
                        + ".executeAfterPreconditionsChecked(AbstractSurefireMojo.java:1134)"));

        // 111, Maven's bare "[ERROR]", says nothing and goes last.
        assertThat(spread(ranked)).containsExactly(114L, 98L, 122L, 117L, 111L);
    }

    @Test
    public void aLineThatSaysNothingGoesBehindAllOthers() {
        // docs/examples/github-maven-compilation.log as the line ranker ordered it before this rule: a separator and
        // Maven's bare "[ERROR]" took places 4 and 5 of the report.
        List<Line> ranked = List.of(new Line("log", 26, "[ERROR] /tmp/cfa-examples/maven-compilation/src/main/java/"
                        + "example/Greeter.java:[5,28] cannot find symbol"),
                new Line("log", 39, "[ERROR]   symbol:   variable nam"), new Line("log", 29, "[INFO] 1 error"),
                new Line("log", 23, "[INFO] -------------------------------------------------------------"),
                new Line("log", 42, "[ERROR] "), new Line("log", 46, "[ERROR] For more information about the errors "
                        + "and possible solutions, please read the following articles:"));

        assertThat(spread(ranked)).containsExactly(26L, 39L, 29L, 46L, 23L, 42L);
    }

    @Test
    public void aLineSaysNothingWithoutALetterOrDigitBesideItsLevelMarker() {
        assertThat(BlockSpread.saysNothing("[ERROR] ")).isTrue();
        assertThat(BlockSpread.saysNothing("[INFO] ------------------------------------------------------------"))
                .isTrue();
        assertThat(BlockSpread.saysNothing("")).isTrue();
        assertThat(BlockSpread.saysNothing("[INFO] 1 error")).isFalse();
        assertThat(BlockSpread.saysNothing("ERROR")).isFalse();
        assertThat(BlockSpread.saysNothing("[ERROR] ^")).isTrue();
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
