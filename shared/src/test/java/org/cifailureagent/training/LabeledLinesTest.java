package org.cifailureagent.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.evidence.Evidence;
import org.cifailureagent.evidence.EvidenceLine;
import org.cifailureagent.evidence.RankedLine;
import org.cifailureagent.taxonomy.Category;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LabeledLinesTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void ranksTheStartOfEveryLabeledRangeInLogOrderAndKeepsTheCandidatesRules() throws Exception {
        Path log = folder.newFile("build.log").toPath();
        Files.writeString(log, IntStream.rangeClosed(1, 60).mapToObj(n -> "\u001b[31mline " + n + "\u001b[0m")
                .collect(Collectors.joining("\n")) + "\n");
        CorpusEntry entry = new CorpusEntry("own", "e1", log, Category.TEST,
                List.of(new CorpusEntry.LineRange(3, 5), new CorpusEntry.LineRange(10, 60)), "p", null, null);
        RankedLine candidate = new RankedLine(new EvidenceLine("build.log", 4, "line 4"), 9, List.of("rule-a"), "s");
        Evidence found = new Evidence(List.of(candidate), List.of(candidate), List.of(), List.of(), List.of(), 60);

        Evidence labeled = LabeledLines.rankedFirst(entry, found);

        List<Long> numbers = labeled.ranked().stream().map(r -> r.line().number()).toList();
        List<Long> expected = new ArrayList<>(List.of(3L, 4L, 5L));
        LongStream.rangeClosed(10, 10 + LabeledLines.PER_RANGE - 1).forEach(expected::add);
        assertThat(numbers).isEqualTo(expected);
        assertThat(labeled.ranked().get(0).line().text()).isEqualTo("line 3");
        assertThat(labeled.ranked().get(1).ruleIds()).containsExactly("rule-a");
        assertThat(labeled.ranked()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(labeled.ruleRanked()).isEqualTo(found.ruleRanked());
    }

    @Test
    public void keepsTheFoundEvidenceWhenTheEntryHasNoLabeledLines() throws Exception {
        Path log = folder.newFile("plain.log").toPath();
        Files.writeString(log, "one\ntwo\n");
        CorpusEntry entry = new CorpusEntry("own", "e2", log, Category.UNKNOWN, List.of(), "p", null, null);
        Evidence found = new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), 2);

        assertThat(LabeledLines.rankedFirst(entry, found)).isSameAs(found);
    }
}
