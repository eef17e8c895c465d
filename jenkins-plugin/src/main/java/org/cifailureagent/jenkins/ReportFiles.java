package org.cifailureagent.jenkins;

import hudson.model.Run;
import hudson.util.AtomicFileWriter;
import java.io.File;
import java.io.IOException;
import org.cifailureagent.report.Report;
import org.cifailureagent.report.ReportJson;

/** The full report of a build, as JSON in the build's folder (build.xml keeps only the action's few fields). */
final class ReportFiles {
    static final String NAME = "ci-failure-report.json";

    private ReportFiles() {
    }

    static File of(Run<?, ?> run) {
        return new File(run.getRootDir(), NAME);
    }

    static void write(Run<?, ?> run, Report report) throws IOException {
        AtomicFileWriter writer = new AtomicFileWriter(of(run).toPath(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            writer.write(ReportJson.pretty(report));
            writer.commit();
        } finally {
            writer.abort();
        }
    }

    /** The stored report, or null when there is none or it cannot be read. */
    static Report read(Run<?, ?> run) {
        File file = of(run);
        if (!file.isFile()) {
            return null;
        }
        try {
            return ReportJson.read(file.toPath());
        } catch (IOException e) {
            return null;
        }
    }
}
