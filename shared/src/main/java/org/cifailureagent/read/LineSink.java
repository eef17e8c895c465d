package org.cifailureagent.read;

/** Receives the lines of a build in order. */
@FunctionalInterface
public interface LineSink {
    void accept(LogLine line);

    /** Called when a new source (file, zip entry) of the same build starts, before its first line. */
    default void startSource(String source) {
    }

    /** Something in the input could not be read as expected; the analysis goes on and reports it. */
    default void warning(String message) {
    }
}
