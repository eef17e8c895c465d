package org.cifailureagent.evidence;

/**
 * A place in the project's files that a tool named: {@code file} as printed, {@code path} relative to the workspace
 * when it could be resolved (else null), and the log line ({@code source}, {@code number}) that named it.
 */
public record Location(String file, String path, Integer line, Integer column, String message, String tool,
                       String source, long number) {

    public Location withPath(String resolved) {
        return new Location(file, resolved, line, column, message, tool, source, number);
    }
}
