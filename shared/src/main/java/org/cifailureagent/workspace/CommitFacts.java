package org.cifailureagent.workspace;

import java.io.Serializable;
import java.util.List;

/**
 * One commit of the examined range. {@code changedFiles} lists at most {@link CollectOptions#maxFilesPerCommit()}
 * paths (of {@code changedFileCount}); {@code changesKnown} is false when the parent is missing (a shallow clone's
 * boundary), so what the commit changed could not be determined.
 */
public record CommitFacts(String id, String author, String message, long epochSeconds, List<String> changedFiles,
                          int changedFileCount, boolean changesKnown) implements Serializable {
    public CommitFacts {
        changedFiles = List.copyOf(changedFiles);
    }
}
