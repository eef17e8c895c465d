package org.cifailureagent.jenkins;

import hudson.model.Run;
import org.cifailureagent.read.StreamedLog;

/** A build's log as the analyzer reads it: through {@link Run#getLogInputStream()}, streamed. */
final class RunLogs {
    private RunLogs() {
    }

    static StreamedLog of(Run<?, ?> run, long maxBytes) {
        return new StreamedLog(run.getExternalizableId(), run::getLogInputStream, run.getLogText().length(), maxBytes);
    }
}
