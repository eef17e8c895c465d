package org.cifailureagent.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The examples of a grouped cross-validation as each fold sees them. Features depend on the line ranker, and a ranker
 * trained on a fold's logs ranks them better than it ranks a log it never saw; for a fold's figures to be those of an
 * unseen project, each fold can have its own examples, extracted with a ranker trained without that fold
 * ({@link RankerPerFold}).
 *
 * @param folds the fold of each entry, in the order of every list
 * @param byFold for each fold, every entry's example as that fold's line ranker saw it
 * @param rankersPerFold whether each fold's features come from its own ranker, or all from the shipped one
 */
public record FoldedExamples(int[] folds, List<List<LabeledExample>> byFold, boolean rankersPerFold) {

    public FoldedExamples {
        byFold = List.copyOf(byFold);
        for (List<LabeledExample> examples : byFold) {
            if (examples.size() != folds.length) {
                throw new IllegalArgumentException("every fold needs every entry's example");
            }
        }
    }

    /**
     * Every fold sees the same examples, extracted with one ranker (the shipped one, trained on every log).
     *
     * @param splitSeed which split of the projects into folds ({@link GroupedFolds#assign})
     */
    public static FoldedExamples shared(List<LabeledExample> examples, int k, long splitSeed) {
        int[] folds = GroupedFolds.assign(examples.stream().map(LabeledExample::entry).toList(), k, splitSeed);
        return new FoldedExamples(folds, Collections.nCopies(k, List.copyOf(examples)), false);
    }

    /** Which ranker built the features, in words for reports. */
    public static String lineRanker(boolean rankersPerFold) {
        return rankersPerFold ? "a line ranker trained per fold" : "the shipped line ranker";
    }

    public String lineRanker() {
        return lineRanker(rankersPerFold);
    }

    public int k() {
        return byFold.size();
    }

    public List<LabeledExample> fold(int fold) {
        return byFold.get(fold);
    }

    /** Each entry's example from its own fold: features from a ranker that, per fold, never saw the entry. */
    public List<LabeledExample> outOfFold() {
        List<LabeledExample> out = new ArrayList<>(folds.length);
        for (int i = 0; i < folds.length; i++) {
            out.add(byFold.get(folds[i]).get(i));
        }
        return out;
    }
}
