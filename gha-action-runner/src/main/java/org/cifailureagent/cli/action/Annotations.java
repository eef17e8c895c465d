package org.cifailureagent.cli.action;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.report.Report;

/**
 * The annotations for one report, most important first, within GitHub's limits: a step shows at most 10 error
 * and 10 warning annotations (and a job 50 in all). The root cause is the first error; the locations follow as
 * errors, then as warnings; what is left out is counted in a final notice that points to the job summary.
 */
final class Annotations {
    static final int ERRORS_PER_STEP = 10;
    static final int WARNINGS_PER_STEP = 10;
    private static final int MESSAGE_CHARS = 4_000;

    private Annotations() {
    }

    static List<String> plan(Report r, Path workspace, String jobName) {
        List<String> commands = new ArrayList<>();
        String prefix = jobName == null ? "" : jobName + ": ";
        StringBuilder message = new StringBuilder(r.summary());
        if (!r.rootCause().lines().isEmpty()) {
            var first = r.rootCause().lines().get(0);
            message.append("\n").append(first.source() == null ? "" : first.source() + ":").append(first.number())
                    .append(": ").append(first.text());
        }
        r.failingTests().stream().limit(5).forEach(t -> message.append("\nfailing test: ").append(t.name()));
        List<Report.ReportLocation> locations = r.locations();
        Report.ReportLocation top = locations.isEmpty() ? null : locations.get(0);
        commands.add(WorkflowCommands.annotation("error", WorkflowCommands.properties(
                prefix + "CI failure: " + r.category() + String.format(java.util.Locale.ROOT, " (%.0f%%)",
                        r.confidence() * 100),
                top == null ? null : file(top, workspace), top == null ? null : top.line(),
                top == null ? null : top.column()), clip(message.toString())));
        int errors = 1;
        int warnings = 0;
        int omitted = 0;
        for (Report.ReportLocation location : locations.subList(Math.min(1, locations.size()), locations.size())) {
            String level;
            if (errors < ERRORS_PER_STEP) {
                level = "error";
                errors++;
            } else if (warnings < WARNINGS_PER_STEP) {
                level = "warning";
                warnings++;
            } else {
                omitted++;
                continue;
            }
            String title = prefix + (location.tool() == null ? "location" : location.tool());
            commands.add(WorkflowCommands.annotation(level, WorkflowCommands.properties(title,
                    file(location, workspace), location.line(), location.column()),
                    clip(location.message() == null ? r.category() : location.message())));
        }
        if (omitted > 0) {
            commands.add(WorkflowCommands.annotation("notice", WorkflowCommands.properties(prefix
                    + "CI Failure Agent", null, null, null), omitted + " more locations are not annotated "
                    + "(GitHub shows at most " + ERRORS_PER_STEP + " errors and " + WARNINGS_PER_STEP
                    + " warnings per step); the job summary lists them."));
        }
        return commands;
    }

    /** GitHub wants the path relative to the repository root (the workspace). */
    static String file(Report.ReportLocation location, Path workspace) {
        String candidate = location.path() != null ? location.path() : location.file();
        if (candidate == null) {
            return null;
        }
        try {
            Path path = Path.of(candidate);
            if (path.isAbsolute() && workspace != null && path.normalize().startsWith(workspace.normalize())) {
                return workspace.normalize().relativize(path.normalize()).toString().replace('\\', '/');
            }
        } catch (java.nio.file.InvalidPathException e) {
            return candidate;
        }
        return candidate;
    }

    private static String clip(String text) {
        return text.length() <= MESSAGE_CHARS ? text : text.substring(0, MESSAGE_CHARS) + " …";
    }
}
