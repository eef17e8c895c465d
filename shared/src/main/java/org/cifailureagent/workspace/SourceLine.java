package org.cifailureagent.workspace;

import java.io.Serializable;

/**
 * A line of a file: as input, a location the log printed ({@code file} as printed); as output, a location in the
 * workspace ({@code file} relative to it, with '/' separators). {@code line} is 1-based, null when unknown.
 */
public record SourceLine(String file, Integer line) implements Serializable {
}
