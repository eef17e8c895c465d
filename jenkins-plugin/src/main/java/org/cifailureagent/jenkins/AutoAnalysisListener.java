package org.cifailureagent.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import hudson.util.DaemonThreadFactory;
import hudson.util.NamingThreadFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Automatic analysis: when switched on globally, every completed failing build is analyzed from its log alone,
 * without any job configuration, one at a time on a background thread fed by a bounded queue (a burst of failures
 * never piles up unbounded work on the controller). Builds the post-build step analyzed are skipped. Counts every
 * failing build for the metrics, analyzed or not.
 */
@Extension
public class AutoAnalysisListener extends RunListener<Run<?, ?>> {
    static final int QUEUE_CAPACITY = 100;
    private static final Logger LOGGER = Logger.getLogger(AutoAnalysisListener.class.getName());
    private static final ThreadPoolExecutor QUEUE = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY),
            new NamingThreadFactory(new DaemonThreadFactory(), "CI Failure Agent automatic analysis"));

    @Override
    public void onCompleted(Run<?, ?> run, TaskListener listener) {
        FailureAgentConfiguration config = FailureAgentConfiguration.get();
        if (!BuildAnalysis.wanted(run.getResult(), config.isIncludeUnstable())) {
            return;
        }
        ControllerMetrics.failedBuild();
        if (!config.isAutoAnalysis() || run.getAction(FailureAnalysisAction.class) != null) {
            return;
        }
        try {
            QUEUE.execute(() -> analyze(run));
        } catch (RejectedExecutionException e) {
            LOGGER.warning(Messages.AutoAnalysis_QueueFull(run.getExternalizableId(), QUEUE_CAPACITY));
        }
    }

    private static void analyze(Run<?, ?> run) {
        EnvVars env;
        try {
            env = run.getEnvironment(TaskListener.NULL);
        } catch (IOException e) {
            env = new EnvVars();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        // The build's console is closed by now: what the analysis would print there goes to the system log.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream log = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new BuildAnalysis(run, null, env, log, FailureAnalysisAction.Origin.AUTOMATIC).run();
        }
        String lines = out.toString(StandardCharsets.UTF_8).strip();
        if (!lines.isEmpty()) {
            LOGGER.info(run.getExternalizableId() + ": " + lines);
        }
    }
}
