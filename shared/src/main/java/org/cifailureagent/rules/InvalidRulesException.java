package org.cifailureagent.rules;

/** A rules file that cannot be used; the message names the file and the rule. */
public final class InvalidRulesException extends RuntimeException {
    public InvalidRulesException(String message) {
        super(message);
    }
}
