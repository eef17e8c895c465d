package org.cifailureagent.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.evaluation.CorpusDirs;
import org.cifailureagent.evidence.HeuristicLineRanker;
import org.cifailureagent.evidence.LineRanker;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleSet;
import org.junit.BeforeClass;
import org.junit.Test;

/** Each fold's features come from a ranker that never trained on that fold, and each entry is judged by its own. */
public class RankerPerFoldTest {
    private static final int K = 3;
    private static List<CorpusEntry> entries;
    private static RuleSet rules;

    @BeforeClass
    public static void readFixtures() {
        entries = TrainingData.read(List.of(CorpusDirs.fixtures()));
        rules = new RuleLoader().loadDefault();
    }

    /** A heuristic ranker that remembers what it was trained on and whether an extraction used it. */
    private static final class RecordingRanker implements LineRanker {
        final Set<String> trainedOn;
        volatile boolean used;

        RecordingRanker(List<CorpusEntry> training) {
            trainedOn = training.stream().map(CorpusEntry::id).collect(Collectors.toSet());
        }

        @Override
        public double[] score(float[][] features, List<String> texts) {
            used = true;
            return new HeuristicLineRanker().score(features, texts);
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public double spreadMargin() {
            return new HeuristicLineRanker().spreadMargin();
        }
    }

    @Test
    public void aFoldsRankerTrainsOnEveryOtherFoldAndNeverOnItsOwn() {
        Map<Set<String>, RecordingRanker> rankers = new ConcurrentHashMap<>();
        FoldedExamples folded = RankerPerFold.extract(entries, GroupedFolds.assign(entries, K, 0), K, Progress.NONE, training -> {
            RecordingRanker ranker = new RecordingRanker(training);
            rankers.put(ranker.trainedOn, ranker);
            return ranker;
        }, ranker -> new ExampleExtractor(rules, ranker));

        assertThat(rankers).hasSize(K);
        for (int fold = 0; fold < K; fold++) {
            List<String> outside = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (folded.folds()[i] != fold) {
                    outside.add(entries.get(i).id());
                }
            }
            RecordingRanker ranker = rankers.get(Set.copyOf(outside));
            assertThat(ranker).as("a ranker trained on exactly the entries outside fold " + fold).isNotNull();
            assertThat(ranker.used).as("fold " + fold + "'s examples were ranked by its own ranker").isTrue();
        }
    }

    @Test
    public void eachEntryIsJudgedOnTheExampleItsOwnFoldExtracted() {
        FoldedExamples folded = RankerPerFold.extract(entries, GroupedFolds.assign(entries, K, 0), K, Progress.NONE, RecordingRanker::new,
                ranker -> new ExampleExtractor(rules, ranker));
        List<LabeledExample> outOfFold = folded.outOfFold();
        assertThat(outOfFold).hasSize(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            assertThat(outOfFold.get(i)).isSameAs(folded.fold(folded.folds()[i]).get(i));
            assertThat(outOfFold.get(i).entry()).isSameAs(entries.get(i));
        }
        assertThat(folded.fold(0).get(0)).as("folds have their own examples").isNotSameAs(folded.fold(1).get(0));
    }

    @Test
    public void rankersTrainedPerFoldRankSomeLogsOtherwiseThanTheShippedRanker() {
        FoldedExamples perFold = RankerPerFold.extract(entries, rules, K, 0, Progress.NONE);
        assertThat(perFold.rankersPerFold()).isTrue();
        FoldedExamples shipped = FoldedExamples.shared(new ExampleExtractor(rules).extract(entries, Progress.NONE), K, 0);
        assertThat(perFold.folds()).isEqualTo(shipped.folds());
        List<Long> perFoldTopLines = topLines(perFold.outOfFold());
        List<Long> shippedTopLines = topLines(shipped.outOfFold());
        assertThat(perFoldTopLines).as("rankers that never saw a fold rank some of its logs otherwise")
                .isNotEqualTo(shippedTopLines);
    }

    @Test
    public void withoutLabeledLinesTheFoldsReadTheShippedRankersLines() {
        List<CorpusEntry> unlabeled = entries.stream().map(e -> new CorpusEntry(e.corpus(), e.id(), e.log(),
                e.category(), List.of(), e.group(), e.passingLog(), e.split())).toList();
        FoldedExamples folded = RankerPerFold.extract(unlabeled, rules, K, 0, Progress.NONE);
        assertThat(folded.rankersPerFold()).isFalse();
        assertThat(folded.outOfFold()).hasSize(unlabeled.size());
    }

    private static List<Long> topLines(List<LabeledExample> examples) {
        return examples.stream().map(e -> e.ranked().isEmpty() ? 0L : e.ranked().get(0).number()).toList();
    }
}
