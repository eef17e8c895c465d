package org.cifailureagent.classify.model;

/** A model file that cannot be used; the message names the file and what is wrong with it. */
public final class InvalidModelException extends RuntimeException {
    public InvalidModelException(String message) {
        super(message);
    }
}
