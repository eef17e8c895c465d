package org.cifailureagent.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.evidence.LineRanker;
import org.cifailureagent.evidence.ranker.LineRankerTrainer;
import org.cifailureagent.evidence.ranker.ModelLineRanker;
import org.cifailureagent.evidence.ranker.RankingExample;
import org.cifailureagent.rules.RuleMatcher;
import org.cifailureagent.rules.RuleSet;

/**
 * Extracts each fold's examples with a line ranker trained, with the shipped ranker's settings, on the labeled logs of
 * the other folds. The category model's cross-validation then judges it on features an unseen project would get: with
 * the shipped ranker, trained on every log, the test fold's ranking is in-sample, and the category's figures moved by a
 * few hundredths, up for one ranker and down for another (docs/retraining.md). Folds run side by side, one per core;
 * each is deterministic, so the result is too.
 */
public final class RankerPerFold {
    private RankerPerFold() {
    }

    /**
     * Falls back to the shipped ranker's features ({@link FoldedExamples#shared}) when some fold has no labeled
     * root-cause lines outside it to train a ranker on, as in a corpus of corrections recorded without line ranges.
     */
    public static FoldedExamples extract(List<CorpusEntry> entries, RuleSet rules, int k, long splitSeed,
                                         Progress progress) {
        LineRankerTrainer trainer = new LineRankerTrainer(new RuleMatcher.Compiled(rules), LineRankerTrainer.OBJECTIVE);
        List<RankingExample> labeled = trainer.examples(entries, message -> { }).stream()
                .filter(e -> e.hasRelevant() && !e.rows().isEmpty()).toList();
        int[] folds = GroupedFolds.assign(entries, k, splitSeed);
        if (!everyFoldCanTrain(entries, folds, k, labeled)) {
            return FoldedExamples.shared(new ExampleExtractor(rules).extract(entries, progress), k, splitSeed);
        }
        return extract(entries, folds, k, progress, training -> {
            Set<String> ids = new HashSet<>(training.stream().map(CorpusEntry::id).toList());
            List<RankingExample> rows = labeled.stream().filter(e -> ids.contains(e.id())).toList();
            try {
                return ModelLineRanker.load(new ByteArrayInputStream(trainer.train(rows, "fold")), "a fold's ranker");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ranker -> new ExampleExtractor(rules, ranker));
    }

    /**
     * @param trainRanker trains a ranker on the given entries (those outside one fold)
     * @param extractor the extraction that uses a given ranker
     */
    /** @param folds the fold of each entry, 0 to {@code k - 1} */
    static FoldedExamples extract(List<CorpusEntry> entries, int[] folds, int k, Progress progress,
                                  Function<List<CorpusEntry>, LineRanker> trainRanker,
                                  Function<LineRanker, ExampleExtractor> extractor) {
        progress.start("line ranker and features per fold", k);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(k, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<List<LabeledExample>>> pending = new ArrayList<>();
            for (int fold = 0; fold < k; fold++) {
                List<CorpusEntry> training = outside(entries, folds, fold);
                pending.add(pool.submit(() -> {
                    List<LabeledExample> examples = extractor.apply(trainRanker.apply(training))
                            .extract(entries, Progress.NONE);
                    synchronized (progress) {
                        progress.advance();
                    }
                    return examples;
                }));
            }
            List<List<LabeledExample>> byFold = new ArrayList<>();
            for (Future<List<LabeledExample>> fold : pending) {
                byFold.add(fold.get());
            }
            progress.finish();
            return new FoldedExamples(folds, byFold, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting the folds' examples", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean everyFoldCanTrain(List<CorpusEntry> entries, int[] folds, int k,
                                             List<RankingExample> labeled) {
        Set<String> ids = new HashSet<>(labeled.stream().map(RankingExample::id).toList());
        for (int fold = 0; fold < k; fold++) {
            if (outside(entries, folds, fold).stream().noneMatch(e -> ids.contains(e.id()))) {
                return false;
            }
        }
        return true;
    }

    private static List<CorpusEntry> outside(List<CorpusEntry> entries, int[] folds, int fold) {
        List<CorpusEntry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (folds[i] != fold) {
                out.add(entries.get(i));
            }
        }
        return out;
    }
}
