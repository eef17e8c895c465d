package org.cifailureagent.evidence;

import org.cifailureagent.rules.Rule;

/** A rule that matched somewhere in the log: how often, and its first line. */
public record RuleMatch(Rule rule, int count, String firstSource, long firstNumber) {
}
