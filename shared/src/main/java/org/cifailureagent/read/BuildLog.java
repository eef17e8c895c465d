package org.cifailureagent.read;

import java.io.IOException;

/** The log of one build: a file, standard input, a directory of step logs or a zip of them. */
public interface BuildLog {
    /** What the user gave, as given (a path, or "-"). */
    String name();

    /** Streams every line of every source, in path order, to the sink. */
    void read(LineSink sink) throws IOException;

    /** True when each source is one step of the build (the files of a directory or a zip of step logs). */
    default boolean sourcesAreSteps() {
        return false;
    }
}
