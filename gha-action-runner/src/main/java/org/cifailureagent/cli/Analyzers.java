package org.cifailureagent.cli;

import org.cifailureagent.Analyzer;
import org.cifailureagent.rules.RuleSet;

/** The analyzer as the command line configures it. */
final class Analyzers {
    private Analyzers() {
    }

    static Analyzer standard(RuleSet rules) {
        return Analyzer.builder(rules).build();
    }
}
