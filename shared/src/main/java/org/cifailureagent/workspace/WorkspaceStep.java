package org.cifailureagent.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * The one step of an analysis that runs where the workspace is. It gets the locations the log named (so it can
 * resolve and blame them) and returns a small serializable value. A host whose workspace is on another machine
 * implements it as a remote call (a Jenkins agent callable running {@link WorkspaceCollector}).
 */
@FunctionalInterface
public interface WorkspaceStep {
    WorkspaceFacts collect(List<SourceLine> logLocations);

    /** Collects from a workspace on this machine. */
    static WorkspaceStep local(Path workspace, CollectOptions options) {
        return logLocations -> new WorkspaceCollector(options).collect(workspace, logLocations);
    }
}
