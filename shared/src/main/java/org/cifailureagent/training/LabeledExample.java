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

    /**
     * Cross-validation keeps a group on one side: the project, whichever corpus it comes from, so that a correction
     * recorded for a project never lands opposite that project's logs in another corpus.
     */
    public String groupKey() {
        return entry.group();
    }

    public int label() {
        return entry.category().ordinal();
    }
}
