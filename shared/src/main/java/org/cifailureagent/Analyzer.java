package org.cifailureagent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.classify.Classifier;
import org.cifailureagent.classify.model.ClassifierChoice;
import org.cifailureagent.classify.RulesClassifier;
import org.cifailureagent.classify.Signals;
import org.cifailureagent.evidence.Evidence;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.evidence.FailingTestFinder;
import org.cifailureagent.evidence.LineRanker;
import org.cifailureagent.evidence.MessageBeforeHeader;
import org.cifailureagent.evidence.PassingLogBaseline;
import org.cifailureagent.evidence.ranker.LineRankers;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LocationFinder;
import org.cifailureagent.evidence.locations.ToolLocationFinder;
import org.cifailureagent.evidence.tests.LogFailingTestFinder;
import org.cifailureagent.explain.Explainer;
import org.cifailureagent.explain.Explanation;
import org.cifailureagent.read.UnreadableInputException;
import org.cifailureagent.report.Redactor;
import org.cifailureagent.report.Report;
import org.cifailureagent.report.ReportAssembler;
import org.cifailureagent.rules.RuleMatcher;
import org.cifailureagent.rules.RuleSet;
import org.cifailureagent.structure.BuildStructure;

/**
 * The analysis of one build, stage by stage: read → normalize → structure → evidence → classify → explain →
 * report. One instance holds what is shared between analyses (compiled rules, the classifier) and may serve many
 * threads; each call keeps its own state.
 */
public final class Analyzer {
    private final RuleMatcher.Compiled rules;
    /** Joined only when the first analysis has scanned its log, so that a model still loading overlaps the scan. */
    private final CompletableFuture<ClassifierChoice> classifierChoice;
    private final LocationFinder locationFinder;
    private final FailingTestFinder failingTestFinder;
    /** Null: the shipped line ranker ({@link LineRankers#standard}), taken when a scan needs it, for the same reason. */
    private final LineRanker lineRanker;

    private Analyzer(Builder builder) {
        this.rules = builder.rules;
        this.classifierChoice = builder.classifierChoice != null ? builder.classifierChoice
                : CompletableFuture.completedFuture(new ClassifierChoice(new RulesClassifier(builder.rules.ruleSet()),
                        "none", "rules-only", null));
        this.locationFinder = builder.locationFinder;
        this.failingTestFinder = builder.failingTestFinder;
        this.lineRanker = builder.lineRanker;
    }

    public static Builder builder(RuleSet rules) {
        return new Builder(LogScan.prepare(rules));
    }

    /** @param rules compiled ahead of time by {@link LogScan#prepare} */
    public static Builder builder(RuleMatcher.Compiled rules) {
        return new Builder(rules);
    }

    /**
     * Analyzes one build. Input that cannot be read at all throws {@link UnreadableInputException}; anything that
     * goes wrong later becomes a warning in the report.
     */
    public Report analyze(AnalysisRequest request) {
        Map<String, Long> timings = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        long start = System.nanoTime();

        LogScan scan = LogScan.of(request.log(), rules);
        warnings.addAll(scan.warnings());
        LineRankers.Choice ranking = lineRanker != null ? new LineRankers.Choice(lineRanker, null)
                : LineRankers.standard();
        if (ranking.warning() != null) {
            warnings.add(ranking.warning());
        }
        Set<String> maskedValues = scan.maskedValues();
        BuildStructure structure = scan.structure();
        PassingLogBaseline baseline = request.passingLog() == null ? null
                : LogScan.baseline(request.passingLog(), warnings);
        Evidence scanned = scan.evidence().finish(structure, ranking.ranker(), baseline);
        timings.put("scan", millisSince(start));

        long parseStart = System.nanoTime();
        List<Location> locations = guarded("finding locations", warnings, () -> locationFinder.find(scanned.blocks()));
        List<FailingTest> failingTests = guarded("finding failing tests", warnings,
                () -> scan.pytestSections().withErrors(failingTestFinder.find(scanned.blocks())));
        Evidence evidence = scanned.withRanked(MessageBeforeHeader.apply(scanned.ranked(), failingTests));
        timings.put("parse", millisSince(parseStart));

        long workspaceStart = System.nanoTime();
        InPlaceAnalysis inPlace = new InPlaceAnalysis(request, warnings);
        inPlace.collect(locations);
        locations = inPlace.locations(locations);
        failingTests = inPlace.failingTests(failingTests);
        timings.put("workspace", millisSince(workspaceStart));

        long classifyStart = System.nanoTime();
        Signals signals = new Signals(evidence, structure, locations, failingTests, request.passingLog() != null);
        ClassifierChoice choice = chosenClassifier();
        Classification classification = inPlace.decideFlaky(choice.classifier().classify(signals), failingTests,
                scan.retries());
        Explanation explanation = new Explainer().explain(classification, signals, inPlace.flaky());
        ReportAssembler.InPlace inPlaceFindings = inPlace.after(classification, locations, evidence);
        timings.put("classify", millisSince(classifyStart));
        timings.put("total", millisSince(start));

        return new ReportAssembler(new Redactor(maskedValues)).assemble(request.log().name(), signals,
                classification, explanation, rules.ruleSet().version(),
                new Report.ModelInfo(choice.version(), choice.status()), inPlaceFindings, warnings, timings);
    }

    /** The classifier, once its model has loaded; a user's unusable model file surfaces here as its own error. */
    private ClassifierChoice chosenClassifier() {
        try {
            return classifierChoice.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static <T> List<T> guarded(String what, List<String> warnings, java.util.function.Supplier<List<T>> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            warnings.add(what + " failed: " + e);
            return List.of();
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    public static final class Builder {
        private final RuleMatcher.Compiled rules;
        private CompletableFuture<ClassifierChoice> classifierChoice;
        private LocationFinder locationFinder = new ToolLocationFinder();
        private FailingTestFinder failingTestFinder = new LogFailingTestFinder();
        /** Null: the shipped ranking model where XGBoost runs, else the heuristic ranking. */
        private LineRanker lineRanker;

        private Builder(RuleMatcher.Compiled rules) {
            this.rules = rules;
        }

        public Builder classifier(Classifier classifier, String version, String status) {
            return classifier(CompletableFuture.completedFuture(new ClassifierChoice(classifier, version, status,
                    null)));
        }

        /** A classifier whose model may still be loading: analyses scan their logs meanwhile. */
        public Builder classifier(CompletableFuture<ClassifierChoice> choice) {
            this.classifierChoice = choice;
            return this;
        }

        public Builder locationFinder(LocationFinder finder) {
            this.locationFinder = finder;
            return this;
        }

        public Builder failingTestFinder(FailingTestFinder finder) {
            this.failingTestFinder = finder;
            return this;
        }

        public Builder lineRanker(LineRanker ranker) {
            this.lineRanker = ranker;
            return this;
        }

        public Analyzer build() {
            return new Analyzer(this);
        }
    }
}
