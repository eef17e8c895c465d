package org.cifailureagent.jenkins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cifailureagent.Analyzer;
import org.cifailureagent.evidence.ranker.ModelLineRanker;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleSet;

/**
 * The analyzer as the global configuration sets it up: the default rules plus the configured rules file, and the
 * configured line-ranking model. Built once and kept until the configuration changes; it serves all builds.
 */
final class Analyzers {
    private static Analyzer current;

    private Analyzers() {
    }

    static synchronized Analyzer get(FailureAgentConfiguration config) throws IOException {
        if (current == null) {
            current = build(config.getRulesFile(), config.getModelFile());
        }
        return current;
    }

    static synchronized void forget() {
        current = null;
    }

    private static Analyzer build(String rulesFile, String modelFile) throws IOException {
        RuleLoader loader = new RuleLoader();
        RuleSet rules = loader.loadDefault();
        if (rulesFile != null) {
            rules = rules.plus(loader.load(Path.of(rulesFile)));
        }
        Analyzer.Builder builder = Analyzer.builder(rules);
        if (modelFile != null) {
            try (InputStream in = Files.newInputStream(Path.of(modelFile))) {
                builder.lineRanker(ModelLineRanker.load(in, modelFile));
            }
        }
        return builder.build();
    }
}
