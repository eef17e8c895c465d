package org.cifailureagent.jenkins;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.util.DaemonThreadFactory;
import hudson.util.NamingThreadFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.evidence.EvidenceLine;
import org.cifailureagent.read.BuildLog;
import org.cifailureagent.read.LineOffsets;
import org.cifailureagent.report.Report;
import org.cifailureagent.workspace.CollectOptions;
import org.cifailureagent.workspace.CommitRange;

/**
 * Analyzes one build in place: its log (streamed on the controller), its workspace (on the agent, when there is one),
 * the last passing build's log and commit, and the job's history. Stores the report beside the build and attaches the
 * action. Never changes the build's result: anything that goes wrong is one warning line.
 */
final class BuildAnalysis {
    static final String PREFIX = "[CI Failure Agent] ";
    /** Analyses run here, so that the time budget can be enforced; builds that wait for one are not blocked long. */
    private static final ExecutorService ANALYSES = Executors.newCachedThreadPool(
            new NamingThreadFactory(new DaemonThreadFactory(), "CI Failure Agent analysis"));

    private final Run<?, ?> run;
    private final FilePath workspace;
    private final EnvVars env;
    private final PrintStream log;
    private final FailureAnalysisAction.Origin origin;

    /**
     * @param workspace null for a log-only analysis
     * @param log       the build's console while it runs; a sink that keeps nothing afterwards
     */
    BuildAnalysis(Run<?, ?> run, FilePath workspace, EnvVars env, PrintStream log, FailureAnalysisAction.Origin origin) {
        this.run = run;
        this.workspace = workspace;
        this.env = env;
        this.log = log;
        this.origin = origin;
    }

    /** Whether a build with this result is analyzed under the configuration. */
    static boolean wanted(Result result, boolean includeUnstable) {
        return result != null && (result.isWorseOrEqualTo(Result.FAILURE) && result != Result.ABORTED
                && result != Result.NOT_BUILT || includeUnstable && result == Result.UNSTABLE);
    }

    /** Runs the analysis; returns the attached action, or null when the analysis failed (after one warning line). */
    FailureAnalysisAction run() {
        FailureAgentConfiguration config = FailureAgentConfiguration.get();
        Report report;
        try {
            report = analyze(config);
        } catch (IOException | RuntimeException | ExecutionException | TimeoutException e) {
            ControllerMetrics.error();
            log.println(PREFIX + Messages.BuildAnalysis_Failed(describe(e, config)));
            return null;
        } catch (LinkageError e) {
            // A model file whose native library (xgboost) cannot load here must not fail the build either.
            ControllerMetrics.error();
            log.println(PREFIX + Messages.BuildAnalysis_Failed(String.valueOf(e)));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.println(PREFIX + Messages.BuildAnalysis_Failed("interrupted"));
            return null;
        }
        try {
            ReportFiles.write(run, report);
            Map<Long, Long> starts = lineStarts(topLines(report));
            long[] numbers = starts.keySet().stream().mapToLong(Long::longValue).toArray();
            long[] offsets = starts.values().stream().mapToLong(Long::longValue).toArray();
            FailureAnalysisAction action = new FailureAnalysisAction(report, origin, env.get("GIT_COMMIT"), numbers,
                    offsets);
            run.addOrReplaceAction(action);
            run.save();
            ControllerMetrics.analyzed(report, run.getParent().getFullName());
            log.println(PREFIX + Messages.BuildAnalysis_Done(report.category(), Math.round(report.confidence() * 100),
                    report.summary()));
            PullRequestCommenter.comment(run, env, report, config, log);
            return action;
        } catch (IOException | RuntimeException e) {
            ControllerMetrics.error();
            log.println(PREFIX + Messages.BuildAnalysis_Failed(e.getMessage()));
            return null;
        }
    }

    private Report analyze(FailureAgentConfiguration config)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Analyzer analyzer = Analyzers.get(config);
        long maxBytes = config.getMaxLogMegabytes() * 1024L * 1024L;
        Run<?, ?> passing = run.getPreviousSuccessfulBuild();
        BuildLog passingLog = passing == null ? null : RunLogs.of(passing, maxBytes);
        AnalysisRequest request = new AnalysisRequest(RunLogs.of(run, maxBytes), passingLog)
                .withHistory(PreviousBuilds.history(run), env.get("GIT_COMMIT"));
        if (workspace != null) {
            request = request.withWorkspace(new AgentWorkspaceStep(workspace, collectOptions(passing, config)));
        }
        AnalysisRequest ready = request;
        Future<Report> analysis = ANALYSES.submit(() -> analyzer.analyze(ready));
        try {
            return analysis.get(config.getTimeBudgetSeconds(), TimeUnit.SECONDS);
        } finally {
            analysis.cancel(true);
        }
    }

    /** The suspects' range: the pull request's target and head, else the last passing build's commit on. */
    private CollectOptions collectOptions(Run<?, ?> passing, FailureAgentConfiguration config) {
        CollectOptions options = CollectOptions.defaults()
                .withGitBudget(Duration.ofSeconds(Math.max(1, config.getTimeBudgetSeconds() / 3)));
        String head = env.get("GIT_COMMIT");
        String target = env.get("CHANGE_TARGET");
        if (env.get("CHANGE_ID") != null && target != null && head != null) {
            return options.withRange(new CommitRange("origin/" + target, head));
        }
        String since = env.get("GIT_PREVIOUS_SUCCESSFUL_COMMIT");
        if (since == null && passing != null) {
            since = PreviousBuilds.commitOf(passing);
        }
        return since == null ? options : options.withSince(since);
    }

    /** The numbers of the best root-cause lines, best first. */
    private static List<Long> topLines(Report report) {
        if (report.rootCause() == null) {
            return List.of();
        }
        return report.rootCause().lines().stream().map(EvidenceLine::number).distinct()
                .limit(FailureAnalysisAction.TOP_LINES).toList();
    }

    /** Where each of the lines starts in the log, best line first; lines it cannot find are left out. */
    private Map<Long, Long> lineStarts(List<Long> numbers) throws IOException {
        Map<Long, Long> starts;
        try (InputStream in = run.getLogInputStream()) {
            starts = LineOffsets.startsOf(in, numbers);
        }
        Map<Long, Long> ordered = new LinkedHashMap<>();
        numbers.stream().filter(starts::containsKey).forEach(n -> ordered.put(n, starts.get(n)));
        return ordered;
    }

    private static String describe(Exception e, FailureAgentConfiguration config) {
        if (e instanceof TimeoutException) {
            return Messages.BuildAnalysis_TimedOut(config.getTimeBudgetSeconds());
        }
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
