package org.cifailureagent.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cifailureagent.xgboost.NativeXgboost;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.evaluation.ConfusionMatrix;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleSet;
import org.cifailureagent.training.ExampleExtractor;
import org.cifailureagent.training.FoldedExamples;
import org.cifailureagent.training.LabeledExample;
import org.cifailureagent.files.AtomicFiles;
import org.cifailureagent.training.ModelCard;
import org.cifailureagent.training.ModelTrainer;
import org.cifailureagent.training.TrainingData;
import org.cifailureagent.training.TrainingParams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trains an xgboost model on labeled corpora: grouped cross-validation (for the calibration "
                + "and the drift reference), then one model on all entries.",
            "Deterministic: the same data, rules and seed give a byte-identical model file."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", required = true, arity = "1..*",
            description = "A corpus folder with an index.jsonl (format of ../shared/corpus/README.md).")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--out", paramLabel = "MODEL", required = true,
            description = "The model file to write: a line of JSON metadata (with a checksum), then xgboost's UBJSON model.")
    Path out;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Folds of the grouped cross-validation that calibrates the model (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "7", description = "xgboost's seed (default ${DEFAULT-VALUE}).")
    int seed;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "100",
            description = "Boosting rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--card", paramLabel = "FILE",
            description = "Also write the model card (markdown: data, figures, reliability, confusions) to FILE.")
    Path card;

    @Option(names = "--shipped-ranker", description = "Cross-validate on features from the shipped line ranker instead "
            + "of one trained per fold: faster, but the shipped ranker was trained on the test folds' logs too, so the "
            + "calibration and the card's figures come from rankings better than an unseen log gets.")
    boolean shippedRanker;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<CorpusEntry> entries = TrainingData.read(corpora);
        NativeXgboost.Availability available = NativeXgboost.probe();
        if (!available.loaded()) {
            err.println("error: xgboost's native library is unavailable here (" + available.problem() + ")");
            return Main.EXIT_USAGE;
        }
        TerminalProgress progress = TerminalProgress.forStderr(err);
        RuleSet rules = new RuleLoader().loadDefault();
        List<LabeledExample> examples = new ExampleExtractor(rules).extract(entries, progress);
        FoldedExamples folded = shippedRanker ? FoldedExamples.shared(examples, folds, 0)
                : PerFoldFeatures.extract(entries, rules, folds, 0, progress, spec.commandLine().getErr());
        TrainingParams defaults = TrainingParams.DEFAULT;
        TrainingParams params = new TrainingParams(rounds, defaults.maxDepth(), defaults.eta(), defaults.subsample(),
                defaults.colsample(), seed, defaults.minProjects());
        ModelTrainer.Trained trained = ModelTrainer.train(examples, folded, params, progress);
        byte[] bytes = trained.model().toBytes();
        AtomicFiles.writeAtomically(out, bytes);
        if (card != null) {
            String command = "java -jar gha-action-runner/target/ci-failure-agent.jar train --corpus "
                    + String.join(" ", corpora.stream().map(Path::toString).toList()) + " --out " + out + " --folds "
                    + folds + " --seed " + seed + " --rounds " + rounds + (shippedRanker ? " --shipped-ranker" : "")
                    + " --card " + card;
            AtomicFiles.writeAtomically(card, ModelCard.markdown(trained, folds, command, LocalDate.now())
                    .getBytes(StandardCharsets.UTF_8));
        }
        ConfusionMatrix m = trained.evaluation().model().confusion();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "wrote %s (%d bytes), model %s, %d entries, training set sha256 %s%n", out,
                bytes.length, trained.model().metadata().version(), examples.size(),
                trained.model().metadata().trainingSetSha256());
        stdout.printf(Locale.ROOT, "grouped %d-fold CV (lines ranked by %s): macro-F1 %.3f, accuracy %.3f "
                        + "(categories with >= 20 examples); temperature %.2f, unknown below %.2f%n", folds,
                trained.lineRanker(), m.macroF1(20), m.accuracy(20), trained.evaluation().temperature(),
                trained.evaluation().unknownThreshold());
        stdout.flush();
        return Main.EXIT_OK;
    }
}
