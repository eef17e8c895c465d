package org.cifailureagent.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.cifailureagent.Analyzer;
import org.cifailureagent.LogScan;
import org.cifailureagent.classify.drift.DriftSample;
import org.cifailureagent.classify.model.ClassifierChoice;
import org.cifailureagent.classify.model.XgbModel;
import org.cifailureagent.rules.RuleMatcher;
import org.cifailureagent.rules.RuleSet;

/** The analyzer as the command line configures it. */
final class Analyzers {
    private Analyzers() {
    }

    /** Rules and evidence alone, as the rules-only baseline of {@code eval}. */
    static Analyzer rulesOnly(RuleSet rules) {
        return Analyzer.builder(rules).build();
    }

    /**
     * With the model: the user's {@code modelFile}, else the embedded default. Where the model cannot run, rules and
     * evidence decide alone and {@code err} gets a one-line warning.
     */
    static Analyzer standard(RuleSet rules, Path modelFile, Consumer<DriftSample> samples, PrintWriter err) {
        return standard(LogScan.prepare(rules), modelFile, ClassifierChoice.loadInBackground(modelFile), samples, err);
    }

    /**
     * @param loading the model, already loading since {@link ClassifierChoice#loadInBackground}: the analyses scan
     *                their logs while it loads, and wait for it only to classify
     */
    static Analyzer standard(RuleMatcher.Compiled rules, Path modelFile, CompletableFuture<XgbModel> loading,
                             Consumer<DriftSample> samples, PrintWriter err) {
        CompletableFuture<ClassifierChoice> choice = loading.handle((model, failure) -> {
            ClassifierChoice chosen = ClassifierChoice.choose(rules.ruleSet(), modelFile, loading, samples);
            if (chosen.warning() != null) {
                err.println("warning: " + chosen.warning());
                err.flush();
            }
            return chosen;
        });
        return Analyzer.builder(rules).classifier(choice).build();
    }
}
