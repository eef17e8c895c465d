package org.cifailureagent.workspace;

import java.io.Serializable;

/** The commit that last changed a line ({@code path} workspace-relative, {@code line} 1-based), per git blame. */
public record BlameFact(String path, int line, String commit) implements Serializable {
}
