package org.cifailureagent.rules;

import java.util.List;

/** The rules in force for one analysis, with the version the report names. */
public record RuleSet(String version, List<Rule> rules) {
    public RuleSet {
        rules = List.copyOf(rules);
    }

    /** The shipped rules first, then the user's; a user rule with the same id replaces the shipped one. */
    public RuleSet plus(RuleSet user) {
        java.util.LinkedHashMap<String, Rule> byId = new java.util.LinkedHashMap<>();
        rules.forEach(rule -> byId.put(rule.id(), rule));
        user.rules().forEach(rule -> byId.put(rule.id(), rule));
        return new RuleSet(version + "+" + user.version(), List.copyOf(byId.values()));
    }
}
