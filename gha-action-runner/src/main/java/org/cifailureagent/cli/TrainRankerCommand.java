package org.cifailureagent.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.corpus.CorpusReader;
import org.cifailureagent.evidence.HeuristicLineRanker;
import org.cifailureagent.evidence.ranker.LineRankerTrainer;
import org.cifailureagent.evidence.ranker.RankingExample;
import org.cifailureagent.evidence.ranker.RankingFigures;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleMatcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-ranker", sortOptions = false,
        description = {"Trains the model that ranks root-cause lines, from corpora with labeled line ranges.",
            "Prints grouped cross-validation figures (top-1/top-5 hits) next to the heuristic ranking's on the same "
                    + "logs, then trains on everything and writes the model."})
final class TrainRankerCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", required = true, arity = "1..*",
            description = "A corpus folder with an index.jsonl (format of ../shared/corpus/README.md).")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (written whole or not at "
            + "all).")
    Path out;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Folds of the grouped cross-validation (default ${DEFAULT-VALUE}; 0 skips it).")
    int folds;

    /** Not the standard help options: their {@code --version} would take the place of the model's version below. */
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", paramLabel = "NAME", defaultValue = "ranker-1",
            description = "The version recorded in the model (default ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--objective", paramLabel = "NAME", defaultValue = LineRankerTrainer.OBJECTIVE,
            description = "XGBoost ranking objective (default ${DEFAULT-VALUE}).")
    String objective;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + LineRankerTrainer.SEED,
            description = "XGBoost's seed, which also deals the projects to folds (default ${DEFAULT-VALUE}). One "
                    + "figure moves by about 0.02 with the seed alone: compare changes over several.")
    long seed;

    @Option(names = "--exclude-split", paramLabel = "SPLIT",
            description = "Leave out entries whose 'split' is this (e.g. heldout), for training and evaluation.")
    String excludeSplit;

    @Option(names = "--show-misses", description = "List the logs whose best-ranked line is outside the label.")
    boolean showMisses;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CorpusEntry> entries = new ArrayList<>();
        for (Path corpus : corpora) {
            new CorpusReader().read(corpus).stream()
                    .filter(e -> excludeSplit == null || !excludeSplit.equals(e.split())).forEach(entries::add);
        }
        LineRankerTrainer trainer = new LineRankerTrainer(new RuleMatcher.Compiled(new RuleLoader().loadDefault()),
                objective, seed);
        List<RankingExample> examples = trainer.examples(entries, err::println);
        if (folds > 1) {
            RankingFigures heuristic = RankingFigures.of(examples, new HeuristicLineRanker());
            RankingFigures model = trainer.crossValidate(examples, folds, err::println);
            out.printf(Locale.ROOT, "logs %d, a candidate in the label: %.3f%n", model.logs(),
                    model.candidateRecall());
            out.printf(Locale.ROOT, "heuristic ranking:          top-1 %.3f, top-5 %.3f%n", heuristic.top1Rate(),
                    heuristic.top5Rate());
            out.printf(Locale.ROOT, "model, %d-fold grouped CV:   top-1 %.3f, top-5 %.3f%n", folds,
                    model.top1Rate(), model.top5Rate());
            if (showMisses) {
                model.misses().forEach(m -> out.println("miss " + m.id() + " ranked first line " + m.rankedFirst()));
            }
            out.flush();
        }
        if (out != null && this.out != null) {
            byte[] model = trainer.train(examples, version);
            Path target = this.out.toAbsolutePath();
            Path temporary = Files.createTempFile(target.getParent(), ".ranker", ".tmp");
            try {
                Files.write(temporary, model);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            out.println("wrote " + this.out + " (" + model.length + " bytes)");
        }
        out.flush();
        return Main.EXIT_OK;
    }
}
