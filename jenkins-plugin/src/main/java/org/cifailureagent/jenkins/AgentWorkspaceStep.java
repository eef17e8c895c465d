package org.cifailureagent.jenkins;

import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jenkins.MasterToSlaveFileCallable;
import org.cifailureagent.workspace.CollectOptions;
import org.cifailureagent.workspace.SourceLine;
import org.cifailureagent.workspace.WorkspaceCollector;
import org.cifailureagent.workspace.WorkspaceFacts;
import org.cifailureagent.workspace.WorkspaceFactsJson;
import org.cifailureagent.workspace.WorkspaceStep;

/**
 * Collects workspace facts where the workspace is: on the agent, through the remoting channel. The facts travel back
 * as JSON, because the controller's class filter admits no classes of libraries a plugin bundles.
 */
final class AgentWorkspaceStep implements WorkspaceStep {
    private final FilePath workspace;
    private final CollectOptions options;

    AgentWorkspaceStep(FilePath workspace, CollectOptions options) {
        this.workspace = workspace;
        this.options = options;
    }

    @Override
    public WorkspaceFacts collect(List<SourceLine> logLocations) {
        try {
            return WorkspaceFactsJson.read(workspace.act(new CollectFacts(options, new ArrayList<>(logLocations))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Runs the local collector on the agent; never writes to the workspace. */
    static final class CollectFacts extends MasterToSlaveFileCallable<String> {
        private static final long serialVersionUID = 1L;
        private final CollectOptions options;
        private final ArrayList<SourceLine> locations;

        CollectFacts(CollectOptions options, ArrayList<SourceLine> locations) {
            this.options = options;
            this.locations = locations;
        }

        @Override
        public String invoke(File workspace, VirtualChannel channel) {
            return WorkspaceFactsJson.write(new WorkspaceCollector(options).collect(workspace.toPath(), locations));
        }
    }
}
