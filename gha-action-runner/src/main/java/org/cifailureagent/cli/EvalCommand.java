package org.cifailureagent.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cifailureagent.Analyzer;
import org.cifailureagent.classify.model.Models;
import org.cifailureagent.classify.model.RulePrecision;
import org.cifailureagent.classify.model.XgbModel;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.evaluation.CorpusEvaluation;
import org.cifailureagent.evaluation.EvaluationResult;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleSet;
import org.cifailureagent.training.CrossValidation;
import org.cifailureagent.training.CvEvaluation;
import org.cifailureagent.training.ExampleExtractor;
import org.cifailureagent.training.FoldedExamples;
import org.cifailureagent.files.AtomicFiles;
import org.cifailureagent.training.ModelTrainer;
import org.cifailureagent.training.RecipeComparison;
import org.cifailureagent.training.Reliability;
import org.cifailureagent.training.TrainingData;
import org.cifailureagent.training.TrainingParams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluates the analysis on labeled corpora: per-category precision, recall and F1, macro-F1, "
                + "accuracy, the confusion matrix and root-cause top-1/top-5 line hits.",
            "Without --model and --folds: rules and evidence alone. --model: that model as it is (in-sample if it "
                    + "was trained on these corpora). --folds K: grouped cross-validation of the training recipe, "
                    + "beside rules-only on the same folds. --compare: candidate against current, retrained on the "
                    + "same folds; exit 0 when the candidate is promoted, 1 when it is not."})
final class EvalCommand implements Callable<Integer> {
    static final int EXIT_NOT_PROMOTED = 1;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, arity = "1..*",
            description = "A corpus folder with an index.jsonl (format of ../shared/corpus/README.md).")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--split", paramLabel = "SPLIT",
            description = "Only entries whose 'split' is this (e.g. heldout).")
    String split;

    @Option(names = "--min-support", paramLabel = "N", defaultValue = "1",
            description = "Macro-F1 and accuracy over categories with at least N examples (default ${DEFAULT-VALUE}).")
    int minSupport;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "A model file, or 'default' for the embedded model. With --compare: the current model.")
    String model;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "0",
            description = "Grouped K-fold cross-validation (by ci_project / fixture project) of the training recipe.")
    int folds;

    @Option(names = "--seed", paramLabel = "N",
            description = "With --folds: xgboost's seed for the fold models (default: the model's, else 7). One figure "
                    + "moves by about 0.02 with the seed alone: compare recipes over several.")
    Integer seed;

    @Option(names = "--split-seed", paramLabel = "N", defaultValue = "0",
            description = "With --folds or --compare: which split of the projects into folds; 0 (the default) deals "
                    + "projects of equal size by name, another value shuffles them first. A change is best judged on "
                    + "more than one split.")
    long splitSeed;

    @Option(names = "--compare", paramLabel = "CANDIDATE",
            description = "A candidate model file: retrain its recipe and the current model's on the same folds "
                    + "(--folds, default 5), once per seed of --seeds, and promote the candidate only if its mean "
                    + "macro-F1 does not drop.")
    Path candidate;

    @Option(names = "--seeds", paramLabel = "N,N...", split = ",", defaultValue = "7,1,2,3",
            description = "With --compare: the xgboost seeds each recipe is cross-validated with, in place of its "
                    + "own (default ${DEFAULT-VALUE}).")
    List<Integer> seeds;

    @Option(names = "--promote-to", paramLabel = "FILE",
            description = "With --compare: copy the candidate here (atomically) when it is promoted.")
    Path promoteTo;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Option(names = "--labeled-lines-ranked", description = "Diagnostic for --folds: the model's features read each "
            + "entry's labeled root-cause lines as the top-ranked lines, as if the line ranking were perfect.")
    boolean labeledLinesRanked;

    @Option(names = "--shipped-ranker", description = "With --folds or --compare: build every fold's features with "
            + "the shipped line ranker instead of one trained per fold. Faster, but the shipped ranker was trained on "
            + "the test folds' logs too: its root-cause hits are in-sample, and the category's figures are off by a "
            + "few hundredths.")
    boolean shippedRanker;

    @Option(names = "--show-misses", description = "List the entries whose category or top line was wrong.")
    boolean showMisses;

    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<CorpusEntry> entries = new ArrayList<>();
        TrainingData.read(corpora).stream().filter(e -> split == null || split.equals(e.split()))
                .forEach(entries::add);
        RuleSet rules = new RuleLoader().loadDefault();
        if (candidate != null) {
            return compare(entries, rules);
        }
        if (folds > 0) {
            return crossValidate(entries, rules);
        }
        if (labeledLinesRanked) {
            spec.commandLine().getErr().println("error: --labeled-lines-ranked needs --folds");
            return Main.EXIT_USAGE;
        }
        Analyzer analyzer = model == null ? Analyzers.rulesOnly(rules)
                : Analyzers.standard(rules, "default".equals(model) ? null : Path.of(model), s -> { },
                spec.commandLine().getErr());
        EvaluationResult result = CorpusEvaluation.run(entries,
                entry -> analyzer.analyze(CorpusEvaluation.requestFor(entry)));
        String title = model == null ? "rules only" : "model " + model;
        if (format == Format.json) {
            printJson(Map.of("evaluation", title, "result", EvaluationPrinter.json(result, minSupport)));
        } else {
            EvaluationPrinter.text(title, result, minSupport, showMisses, spec.commandLine().getOut());
        }
        return Main.EXIT_OK;
    }

    private int crossValidate(List<CorpusEntry> entries, RuleSet rules) {
        TerminalProgress progress = TerminalProgress.forStderr(spec.commandLine().getErr());
        FoldedExamples folded = folded(entries, rules, folds, labeledLinesRanked, progress);
        TrainingParams recipe = model == null ? TrainingParams.DEFAULT
                : TrainingParams.fromDescription(loadModel(model).metadata().params());
        TrainingParams params = seed == null ? recipe : recipe.withSeed(seed);
        CrossValidation cv = CrossValidation.run(folded, entry -> true, params, progress);
        CvEvaluation evaluation = CvEvaluation.tuned(folded.outOfFold(), cv, ModelTrainer.MIN_SUPPORT);
        PrintWriter out = spec.commandLine().getOut();
        double margin = evaluation.model().confusion().macroF1(minSupport)
                - evaluation.rulesOnly().confusion().macroF1(minSupport);
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("evaluation", "grouped " + folds + "-fold cross-validation");
            json.put("params", params.describe());
            json.put("lineRanker", folded.lineRanker());
            json.put("splitSeed", splitSeed);
            json.put("model", EvaluationPrinter.json(evaluation.model(), minSupport));
            json.put("rulesOnly", EvaluationPrinter.json(evaluation.rulesOnly(), minSupport));
            json.put("macroF1MarginOverRules", margin);
            json.put("temperature", evaluation.temperature());
            json.put("unknownThreshold", evaluation.unknownThreshold());
            json.put("rulesDecided", evaluation.rulesDecided());
            json.put("reliability", evaluation.reliability());
            json.put("expectedCalibrationError", Reliability.expectedCalibrationError(evaluation.reliability()));
            printJson(json);
            return Main.EXIT_OK;
        }
        String features = labeledLinesRanked ? "each log's labeled root-cause lines read as the top-ranked ones"
                : "lines ranked by " + folded.lineRanker();
        EvaluationPrinter.text("model, grouped " + folds + "-fold cross-validation (out-of-fold answers; "
                + features + ")", evaluation.model(), minSupport, showMisses, out);
        EvaluationPrinter.reliabilityText(evaluation.reliability(), evaluation.temperature(), out);
        out.printf(Locale.ROOT, "unknown below a confidence of %.2f (the lowest threshold within %.2f of the best "
                        + "macro-F1 on these out-of-fold answers)%n",
                evaluation.unknownThreshold(), CvEvaluation.TOLERANCE);
        out.printf(Locale.ROOT, "the rules decided %d answers (categories where they were at least %.2f precise over "
                        + "at least %d answers on the training folds)%n", evaluation.rulesDecided(),
                RulePrecision.MIN_PRECISION, RulePrecision.MIN_ANSWERS);
        EvaluationPrinter.text("rules only, same entries", evaluation.rulesOnly(), minSupport, false, out);
        out.printf(Locale.ROOT, "model macro-F1 minus rules-only macro-F1: %+.3f%n", margin);
        out.flush();
        return Main.EXIT_OK;
    }

    private int compare(List<CorpusEntry> entries, RuleSet rules) {
        if (model == null) {
            spec.commandLine().getErr().println("error: --compare needs --model (the current model, or 'default')");
            return Main.EXIT_USAGE;
        }
        XgbModel current = loadModel(model);
        XgbModel proposed = Models.load(candidate);
        int k = folds > 0 ? folds : 5;
        TerminalProgress progress = TerminalProgress.forStderr(spec.commandLine().getErr());
        FoldedExamples folded = folded(entries, rules, k, false, progress);
        RecipeComparison comparison = RecipeComparison.run(folded, current.metadata(), proposed.metadata(), seeds,
                minSupport, progress);
        if (comparison.promote() && promoteTo != null) {
            try {
                AtomicFiles.writeAtomically(promoteTo, Files.readAllBytes(candidate));
            } catch (IOException e) {
                throw new UncheckedIOException(candidate + ": cannot be read", e);
            }
        }
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("current", current.metadata().version());
            json.put("candidate", proposed.metadata().version());
            json.put("currentMacroF1", comparison.currentMacroF1());
            json.put("candidateMacroF1", comparison.candidateMacroF1());
            json.put("seeds", comparison.seeds());
            json.put("currentMacroF1BySeed", comparison.currentBySeed());
            json.put("candidateMacroF1BySeed", comparison.candidateBySeed());
            json.put("promoted", comparison.promote());
            json.put("reason", comparison.reason());
            json.put("currentResult", EvaluationPrinter.json(comparison.current().model(), minSupport));
            json.put("candidateResult", EvaluationPrinter.json(comparison.candidate().model(), minSupport));
            printJson(json);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            String firstSeed = ", seed " + comparison.seeds().get(0);
            EvaluationPrinter.text("current recipe (" + current.metadata().version() + firstSeed + ")",
                    comparison.current().model(), minSupport, false, out);
            EvaluationPrinter.text("candidate recipe (" + proposed.metadata().version() + firstSeed + ")",
                    comparison.candidate().model(), minSupport, false, out);
            for (int i = 0; i < comparison.seeds().size(); i++) {
                out.printf(Locale.ROOT, "seed %d: current macro-F1 %.3f, candidate %.3f%n", comparison.seeds().get(i),
                        comparison.currentBySeed()[i], comparison.candidateBySeed()[i]);
            }
            out.println(comparison.reason() + (comparison.promote() && promoteTo != null ? "; copied to "
                    + promoteTo : ""));
            out.flush();
        }
        return comparison.promote() ? Main.EXIT_OK : EXIT_NOT_PROMOTED;
    }

    /** With the labeled lines ranked first, no ranker plays a part, so none is trained per fold. */
    private FoldedExamples folded(List<CorpusEntry> entries, RuleSet rules, int k, boolean labeledLinesFirst,
                                  TerminalProgress progress) {
        if (shippedRanker || labeledLinesFirst) {
            return FoldedExamples.shared(new ExampleExtractor(rules, labeledLinesFirst).extract(entries, progress), k,
                    splitSeed);
        }
        return PerFoldFeatures.extract(entries, rules, k, splitSeed, progress, spec.commandLine().getErr());
    }

    private static XgbModel loadModel(String name) {
        if ("default".equals(name)) {
            XgbModel embedded = Models.loadDefault();
            if (embedded == null) {
                throw new IllegalArgumentException("this build has no default model");
            }
            return embedded;
        }
        return Models.load(Path.of(name));
    }

    private void printJson(Object value) {
        try {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(value));
            spec.commandLine().getOut().flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
