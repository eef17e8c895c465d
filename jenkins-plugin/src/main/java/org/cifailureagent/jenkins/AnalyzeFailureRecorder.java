package org.cifailureagent.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The post-build step: freestyle "Post-build Actions" → "Analyze the failure", Pipeline {@code analyzeFailure()}
 * (typically in {@code post { failure { ... } }}). Analyzes the log so far and the workspace in place, on a failing
 * (or, if wanted, unstable) build; a passing build is left alone.
 */
public class AnalyzeFailureRecorder extends Recorder implements SimpleBuildStep {
    private boolean includeUnstable = true;
    private boolean analyzeWorkspace = true;

    @DataBoundConstructor
    public AnalyzeFailureRecorder() {
    }

    public boolean isIncludeUnstable() {
        return includeUnstable;
    }

    @DataBoundSetter
    public void setIncludeUnstable(boolean includeUnstable) {
        this.includeUnstable = includeUnstable;
    }

    public boolean isAnalyzeWorkspace() {
        return analyzeWorkspace;
    }

    @DataBoundSetter
    public void setAnalyzeWorkspace(boolean analyzeWorkspace) {
        this.analyzeWorkspace = analyzeWorkspace;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
                        @NonNull Launcher launcher, @NonNull TaskListener listener) {
        Result result = run.getResult();
        if (!BuildAnalysis.wanted(result, includeUnstable)) {
            listener.getLogger().println(BuildAnalysis.PREFIX + Messages.Recorder_Skipped(
                    result == null ? Result.SUCCESS : result));
            return;
        }
        new BuildAnalysis(run, analyzeWorkspace ? workspace : null, env, listener.getLogger(),
                FailureAnalysisAction.Origin.STEP).run();
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Extension
    @Symbol("analyzeFailure")
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {
        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.Recorder_DisplayName();
        }
    }
}
