package org.cifailureagent.read;

/** An input that cannot be analyzed at all; the message is one line meant for the user. */
public final class UnreadableInputException extends RuntimeException {
    public UnreadableInputException(String message) {
        super(message);
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
