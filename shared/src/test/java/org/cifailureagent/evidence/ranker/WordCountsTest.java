package org.cifailureagent.evidence.ranker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.evidence.EvidenceCollector.CandidateRow;
import org.cifailureagent.evidence.RankingFeatures;
import org.junit.Test;

/** Word evidence fitted from candidate lines of our fixtures' real logs (cargo, Maven, pytest). */
public class WordCountsTest {
    private static final String CARGO_ERROR = "error: no matching package named `serde` found";
    private static final String CARGO_TEST = "error: test failed, to rerun pass `--lib`";
    private static final String CLIPPY = "error: length comparison to zero";
    private static final String MAVEN_INFO = "[INFO] Compiling 2 source files with javac [debug release 17] to "
            + "target/classes";
    private static final String PYTEST = "E   ModuleNotFoundError: No module named 'httpx'";

    /** One log of one project: its lines, the first of them in the labeled range. */
    private static RankingExample log(String project, String cause, String... others) {
        List<CandidateRow> rows = new ArrayList<>();
        rows.add(new CandidateRow("build.log", 1, cause, new float[RankingFeatures.COLUMNS]));
        for (int i = 0; i < others.length; i++) {
            rows.add(new CandidateRow("build.log", i + 2, others[i], new float[RankingFeatures.COLUMNS]));
        }
        boolean[] relevant = new boolean[rows.size()];
        relevant[0] = true;
        float[] gain = new float[rows.size()];
        gain[0] = 3;
        return new RankingExample(project + "/1", project, rows, relevant, gain);
    }

    private final WordCounts counts = WordCounts.of(List.of(
            log("cargo-a", CARGO_ERROR, MAVEN_INFO),
            log("cargo-b", CARGO_TEST, MAVEN_INFO),
            log("python", PYTEST, MAVEN_INFO, CLIPPY)));

    @Test
    public void aWordOnRootCausesOfSeveralProjectsIsEvidenceForALine() {
        assertThat(counts.logOdds("error:", null)).isPositive();
        assertThat(counts.logOdds("compiling", null)).isNegative();
    }

    @Test
    public void aWordThatOneProjectAlonePrintsSaysNothing() {
        assertThat(counts.logOdds("modulenotfounderror:", null)).isNaN();
        assertThat(counts.evidence().toText()).doesNotContain("modulenotfounderror");
    }

    @Test
    public void aLogsOwnProjectIsLeftOutOfItsTrainingColumns() {
        // "error:" stands on root causes in both cargo projects and beside one in the python project: without
        // cargo-a's root cause it counts for less, without python's other line for more.
        double all = counts.logOdds("error:", null);
        assertThat(counts.logOdds("error:", "cargo-a")).isLessThan(all);
        assertThat(counts.logOdds("error:", "python")).isGreaterThan(all);
        // "serde" only in cargo-a: nothing is left to say about it there.
        RankingExample cargoA = log("cargo-a", CARGO_ERROR, MAVEN_INFO);
        float[] row = counts.trainingRows(cargoA).get(0);
        float[] expected = WordEvidence.append(new float[RankingFeatures.COLUMNS], CARGO_ERROR,
                word -> counts.logOdds(word, "cargo-a"));
        assertThat(row).containsExactly(expected);
        assertThat(row[RankingFeatures.COLUMNS]).isEqualTo((float) counts.logOdds("error:", "cargo-a"));
    }

    @Test
    public void aLineWithoutKnownWordsGetsNoValues() {
        float[] row = counts.evidence().append(new float[RankingFeatures.COLUMNS], "E   ImportError: httpx");

        assertThat(row).hasSize(RankingFeatures.COLUMNS + WordEvidence.COLUMNS);
        assertThat(row[RankingFeatures.COLUMNS]).isNaN();
    }

    @Test
    public void theTableReadBackGivesTheSameColumns() throws Exception {
        WordEvidence table = counts.evidence();
        WordEvidence read = WordEvidence.fromText(table.toText());

        for (String line : List.of(CARGO_ERROR, CARGO_TEST, MAVEN_INFO, PYTEST)) {
            float[] features = new float[RankingFeatures.COLUMNS];
            assertThat(read.append(features, line)).containsExactly(table.append(features, line));
        }
        assertThat(read.size()).isEqualTo(table.size()).isPositive();
    }

    @Test
    public void aDamagedTableIsRefused() {
        String text = counts.evidence().toText();

        assertThatThrownBy(() -> WordEvidence.fromText(text.substring(0, text.length() - 3)))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("damaged");
        assertThatThrownBy(() -> WordEvidence.fromText("error:\tnot-a-number\n"))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("damaged after 0 words");
    }
}
