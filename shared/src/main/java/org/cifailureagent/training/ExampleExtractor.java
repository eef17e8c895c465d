package org.cifailureagent.training;

import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.Analyzer;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.classify.Classifier;
import org.cifailureagent.classify.RulesClassifier;
import org.cifailureagent.classify.Signals;
import org.cifailureagent.classify.features.FeatureExtractor;
import org.cifailureagent.classify.features.FeatureVector;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.evaluation.CorpusEvaluation;
import org.cifailureagent.evidence.LineRanker;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleSet;

/**
 * Runs the standard analysis over corpus entries and keeps what training needs. The features come from the same
 * {@link Signals} that {@code analyze} classifies, so improvements to evidence and rules flow into the model.
 */
public final class ExampleExtractor {
    private final RuleSet rules;
    private final boolean labeledLinesRanked;
    private final LineRanker lineRanker;

    public ExampleExtractor(RuleSet rules) {
        this(rules, false);
    }

    /** @param lineRanker ranks the lines the features read, in place of the shipped ranker */
    public ExampleExtractor(RuleSet rules, LineRanker lineRanker) {
        this(rules, false, lineRanker);
    }

    /**
     * @param labeledLinesRanked a diagnostic: the features read each entry's labeled root-cause lines as the ranked
     *        lines, as if the line ranking were perfect (see {@link LabeledLines})
     */
    public ExampleExtractor(RuleSet rules, boolean labeledLinesRanked) {
        this(rules, labeledLinesRanked, null);
    }

    private ExampleExtractor(RuleSet rules, boolean labeledLinesRanked, LineRanker lineRanker) {
        this.rules = rules;
        this.labeledLinesRanked = labeledLinesRanked;
        this.lineRanker = lineRanker;
    }

    public List<LabeledExample> extract(List<CorpusEntry> entries, Progress progress) {
        Recorder recorder = new Recorder(new FeatureExtractor(rules), new RulesClassifier(rules));
        Analyzer.Builder builder = Analyzer.builder(rules).classifier(recorder, "none", "training");
        if (lineRanker != null) {
            builder.lineRanker(lineRanker);
        }
        Analyzer analyzer = builder.build();
        List<LabeledExample> examples = new ArrayList<>();
        progress.start("analyzing logs", entries.size());
        for (CorpusEntry entry : entries) {
            recorder.entry = labeledLinesRanked ? entry : null;
            Report report = analyzer.analyze(CorpusEvaluation.requestFor(entry));
            examples.add(new LabeledExample(entry, recorder.features, recorder.classification,
                    report.rootCause().lines()));
            progress.advance();
        }
        progress.finish();
        return examples;
    }

    /** Answers as the rules do and keeps the features of the last analysis; one analysis at a time. */
    private static final class Recorder implements Classifier {
        private final FeatureExtractor extractor;
        private final RulesClassifier rules;
        private FeatureVector features;
        private Classification classification;
        private CorpusEntry entry;

        Recorder(FeatureExtractor extractor, RulesClassifier rules) {
            this.extractor = extractor;
            this.rules = rules;
        }

        @Override
        public Classification classify(Signals signals) {
            features = extractor.extract(entry == null ? signals : new Signals(
                    LabeledLines.rankedFirst(entry, signals.evidence()), signals.structure(), signals.locations(),
                    signals.failingTests(), signals.passingLogGiven()));
            classification = rules.classify(signals);
            return classification;
        }
    }
}
