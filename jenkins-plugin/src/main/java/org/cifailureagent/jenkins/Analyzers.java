package org.cifailureagent.jenkins;

import java.nio.file.Path;
import java.util.logging.Logger;
import org.cifailureagent.Analyzer;
import org.cifailureagent.classify.model.ClassifierChoice;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleSet;

/**
 * The analyzer as the global configuration sets it up: the default rules plus the configured rules file, and the
 * category model (the configured file, else the one shipped in the plugin; rules and evidence decide alone where
 * xgboost cannot run). Built once and kept until the configuration changes; it serves all builds.
 */
final class Analyzers {
    private static final Logger LOGGER = Logger.getLogger(Analyzers.class.getName());
    private static Analyzer current;

    private Analyzers() {
    }

    static synchronized Analyzer get(FailureAgentConfiguration config) {
        if (current == null) {
            current = build(config.getRulesFile(), config.getModelFile());
        }
        return current;
    }

    static synchronized void forget() {
        current = null;
    }

    private static Analyzer build(String rulesFile, String modelFile) {
        RuleLoader loader = new RuleLoader();
        RuleSet rules = loader.loadDefault();
        if (rulesFile != null) {
            rules = rules.plus(loader.load(Path.of(rulesFile)));
        }
        // No drift log on the controller: the command line's drift check reads one.
        ClassifierChoice choice = ClassifierChoice.choose(rules, modelFile == null ? null : Path.of(modelFile),
                sample -> { });
        if (choice.warning() != null) {
            LOGGER.warning(choice.warning());
        }
        return Analyzer.builder(rules).classifier(choice.classifier(), choice.version(), choice.status()).build();
    }
}
