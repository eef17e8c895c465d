package org.cifailureagent.cli;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cifailureagent.LogScan;
import org.cifailureagent.classify.model.ClassifierChoice;
import org.cifailureagent.classify.model.XgbModel;
import org.cifailureagent.evidence.ranker.LineRankers;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleMatcher;

/**
 * The shipped rules (compiled), the default model and the shipped line ranker, loading on other threads from the
 * moment {@code analyze} starts. Building picocli's model of the command line, loading the rules and loading the model
 * each take a quarter to a third of a second of a cold JVM; on two cores they overlap instead of adding up. Other
 * commands start nothing.
 */
final class Preload {
    private static final Preload NONE = new Preload(null, null);

    private final CompletableFuture<RuleMatcher.Compiled> shippedRules;
    private final CompletableFuture<XgbModel> defaultModel;

    private Preload(CompletableFuture<RuleMatcher.Compiled> shippedRules, CompletableFuture<XgbModel> defaultModel) {
        this.shippedRules = shippedRules;
        this.defaultModel = defaultModel;
    }

    /**
     * Starts loading when the command line is an {@code analyze}, before picocli has looked at it (the default model
     * only when no {@code --model} is given).
     */
    static Preload forArguments(String... args) {
        if (args.length == 0 || !"analyze".equals(args[0])) {
            return NONE;
        }
        boolean ownModel = Arrays.stream(args).anyMatch(arg -> arg.equals("--model") || arg.startsWith("--model="));
        CompletableFuture<RuleMatcher.Compiled> rules =
                CompletableFuture.supplyAsync(() -> LogScan.prepare(new RuleLoader().loadDefault()));
        // The scan needs the rules first and the line ranker only at its end: load the ranker once the rules are ready.
        rules.thenRunAsync(LineRankers::standard);
        return new Preload(rules, ownModel ? null : ClassifierChoice.loadInBackground(null));
    }

    /** The shipped rules, compiled: from the preload when there is one. */
    RuleMatcher.Compiled shippedRules() {
        if (shippedRules == null) {
            return LogScan.prepare(new RuleLoader().loadDefault());
        }
        try {
            return shippedRules.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The embedded default model, loading (or loaded); failures surface when the future is joined. */
    CompletableFuture<XgbModel> defaultModel() {
        return defaultModel != null ? defaultModel : ClassifierChoice.loadInBackground(null);
    }
}
