package org.cifailureagent.rules;

/** A rule that matched a line; for a sequence, {@code number} is the sequence's last line. */
public record RuleHit(Rule rule, String source, long number) {
}
