package org.cifailureagent.classify.model;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.cifailureagent.classify.Classifier;
import org.cifailureagent.classify.RulesClassifier;
import org.cifailureagent.classify.drift.DriftSample;
import org.cifailureagent.classify.features.FeatureExtractor;
import org.cifailureagent.rules.RuleSet;

/**
 * The classifier an analysis runs with, and what the report says about it ({@code model.version},
 * {@code model.status}). Where xgboost cannot run, rules and evidence decide alone, with a warning: never a failure.
 *
 * @param warning for the user when the model could not be used, else null
 */
public record ClassifierChoice(Classifier classifier, String version, String status, String warning) {
    public static final String LOADED = "loaded";
    public static final String DEFAULT = "default";

    /**
     * @param modelFile the user's model, or null for the embedded default
     * @throws InvalidModelException when the user's model file is unusable (bad input, not a runtime condition)
     */
    public static ClassifierChoice choose(RuleSet rules, Path modelFile, Consumer<DriftSample> samples) {
        return choose(rules, modelFile, CompletableFuture.completedFuture(null).thenApply(none -> load(modelFile)),
                samples);
    }

    /**
     * Starts loading the model (native library, file, metadata: a few hundred milliseconds) on a background thread,
     * so that it overlaps with loading the rules and reading the log instead of adding to them.
     */
    public static CompletableFuture<XgbModel> loadInBackground(Path modelFile) {
        return CompletableFuture.supplyAsync(() -> load(modelFile));
    }

    /** As {@link #choose(RuleSet, Path, Consumer)}, with the model from {@link #loadInBackground}. */
    public static ClassifierChoice choose(RuleSet rules, Path modelFile, CompletableFuture<XgbModel> loading,
                                          Consumer<DriftSample> samples) {
        RulesClassifier rulesClassifier = new RulesClassifier(rules);
        XgbModel model;
        try {
            model = result(loading);
        } catch (Models.NativeUnavailableException e) {
            return rulesOnly(rulesClassifier, "rules-only: xgboost native library unavailable",
                    e.getMessage() + "; rules and evidence decide alone");
        } catch (InvalidModelException e) {
            if (modelFile != null) {
                throw e;
            }
            return rulesOnly(rulesClassifier, "rules-only: default model unusable", e.getMessage());
        }
        if (model == null) {
            return rulesOnly(rulesClassifier, "rules-only: no default model in this build", null);
        }
        Classifier classifier = new ModelClassifier(model, new FeatureExtractor(rules), rulesClassifier, samples);
        return new ClassifierChoice(classifier, model.metadata().version(), modelFile != null ? LOADED : DEFAULT,
                null);
    }

    private static XgbModel load(Path modelFile) {
        return modelFile != null ? Models.load(modelFile) : Models.loadDefault();
    }

    private static XgbModel result(CompletableFuture<XgbModel> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static ClassifierChoice rulesOnly(RulesClassifier classifier, String status, String warning) {
        return new ClassifierChoice(classifier, "none", status, warning);
    }
}
