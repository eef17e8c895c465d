package org.cifailureagent.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cifailureagent.Analyzer;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.corpus.CorpusReader;
import org.cifailureagent.evaluation.ConfusionMatrix;
import org.cifailureagent.evaluation.CorpusEvaluation;
import org.cifailureagent.evaluation.EvaluationResult;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.taxonomy.Category;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluates the analysis on labeled corpora: per-category precision, recall and F1, macro-F1, "
                + "accuracy, the confusion matrix and root-cause top-1/top-5 line hits.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", required = true, arity = "1..*",
            description = "A corpus folder with an index.jsonl (format of ../shared/corpus/README.md).")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--split", paramLabel = "SPLIT",
            description = "Only entries whose 'split' is this (e.g. heldout).")
    String split;

    @Option(names = "--min-support", paramLabel = "N", defaultValue = "1",
            description = "Macro-F1 and accuracy over categories with at least N examples (default ${DEFAULT-VALUE}).")
    int minSupport;

    @Option(names = "--show-misses", description = "List the entries whose category or top line was wrong.")
    boolean showMisses;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<CorpusEntry> entries = new ArrayList<>();
        CorpusReader reader = new CorpusReader();
        for (Path corpus : corpora) {
            reader.read(corpus).stream().filter(e -> split == null || split.equals(e.split())).forEach(entries::add);
        }
        Analyzer analyzer = Analyzers.standard(new RuleLoader().loadDefault());
        EvaluationResult result = CorpusEvaluation.run(entries,
                entry -> analyzer.analyze(CorpusEvaluation.requestFor(entry)));
        print(result, spec.commandLine().getOut());
        return Main.EXIT_OK;
    }

    private void print(EvaluationResult result, PrintWriter out) {
        ConfusionMatrix m = result.confusion();
        out.printf(Locale.ROOT, "entries %d, accuracy %.3f, macro-F1 %.3f (categories with >= %d examples)%n",
                m.total(), m.accuracy(minSupport), m.macroF1(minSupport), minSupport);
        out.printf(Locale.ROOT, "root cause: top-1 %.3f, top-5 %.3f over %d labeled logs%n",
                result.rootCause().top1(), result.rootCause().top5(), result.rootCause().labeled());
        out.printf(Locale.ROOT, "%-15s %7s %9s %7s %6s%n", "category", "support", "precision", "recall", "F1");
        for (Category c : Category.values()) {
            var f = m.figures(c);
            out.printf(Locale.ROOT, "%-15s %7d %9.3f %7.3f %6.3f%n", c.wireName(), f.support(), f.precision(),
                    f.recall(), f.f1());
        }
        out.println("confusion (rows labeled, columns predicted):");
        out.printf("%-15s", "");
        for (Category c : Category.values()) {
            out.printf(" %5.5s", c.wireName());
        }
        out.println();
        for (Category labeled : Category.values()) {
            out.printf("%-15s", labeled.wireName());
            for (Category predicted : Category.values()) {
                out.printf(" %5d", m.count(labeled, predicted));
            }
            out.println();
        }
        if (showMisses) {
            for (EvaluationResult.Outcome o : result.outcomes()) {
                boolean wrongCategory = !o.labeled().equals(o.predicted());
                boolean wrongLine = Boolean.FALSE.equals(o.top1Hit());
                if (wrongCategory || wrongLine) {
                    out.printf(Locale.ROOT, "miss %s [%s] labeled %s predicted %s (%.2f) top-1 line %d%s%n", o.id(),
                            o.group(), o.labeled(), o.predicted(), o.confidence(), o.top1Line(),
                            wrongLine ? " (outside the label)" : "");
                }
            }
        }
        out.flush();
    }
}
