package org.cifailureagent.cli;

import java.io.PrintWriter;
import java.util.List;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.rules.RuleSet;
import org.cifailureagent.training.FoldedExamples;
import org.cifailureagent.training.Progress;
import org.cifailureagent.training.RankerPerFold;

/** The cross-validation's features from line rankers trained per fold, saying so when the corpora did not allow it. */
final class PerFoldFeatures {
    private PerFoldFeatures() {
    }

    static FoldedExamples extract(List<CorpusEntry> entries, RuleSet rules, int k, long splitSeed, Progress progress,
                                  PrintWriter err) {
        FoldedExamples folded = RankerPerFold.extract(entries, rules, k, splitSeed, progress);
        if (!folded.rankersPerFold()) {
            err.println("note: some fold has no labeled root-cause lines outside it to train a line ranker on; the "
                    + "cross-validation reads the shipped line ranker's lines");
            err.flush();
        }
        return folded;
    }
}
