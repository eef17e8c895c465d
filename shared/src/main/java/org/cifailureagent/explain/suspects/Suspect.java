package org.cifailureagent.explain.suspects;

import java.util.List;

/**
 * A commit that may have caused the failure, with the reason. {@code files} are the changed files that matter for
 * the reason (the reported files, the build files), or the first changed files when none matter more.
 */
public record Suspect(String commit, String author, String message, List<String> files, Reason reason,
                      String why) {
    public Suspect {
        files = List.copyOf(files);
    }

    /** Strongest first; the order suspects are ranked in. */
    public enum Reason {
        CHANGED_REPORTED_LINE,
        CHANGED_REPORTED_FILE,
        CHANGED_BUILD_FILE,
        IN_RANGE
    }
}
