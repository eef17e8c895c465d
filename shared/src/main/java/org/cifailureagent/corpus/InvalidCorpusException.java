package org.cifailureagent.corpus;

/** A corpus that cannot be used; the message names the file and the entry. */
public final class InvalidCorpusException extends RuntimeException {
    public InvalidCorpusException(String message) {
        super(message);
    }
}
