package org.cifailureagent.training;

import java.util.List;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.classify.features.FeatureVector;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.evidence.EvidenceLine;

/**
 * One corpus entry after analysis: its features, what the rules alone answered, and the ranked lines (for root-cause
 * hits, which do not depend on the classifier).
 */
public record LabeledExample(CorpusEntry entry, FeatureVector features, Classification rulesOnly,
                             List<EvidenceLine> ranked) {
    public LabeledExample {
        ranked = List.copyOf(ranked);
    }

    /** Cross-validation keeps a group on one side: the corpus and its project. */
    public String groupKey() {
        return entry.corpus() + "/" + entry.group();
    }

    public int label() {
        return entry.category().ordinal();
    }
}
