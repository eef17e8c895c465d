package org.cifailureagent.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.tasks.Shell;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsRule;

public class AutoAnalysisTest {
    private static final long WAIT_MILLIS = 60_000;

    @Rule
    public JenkinsRule j = new JenkinsRule();

    @Test
    public void everyFailedBuildIsAnalyzedWithoutJobConfiguration() throws Exception {
        FailureAgentConfiguration.get().setAutoAnalysis(true);
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new Shell(Samples.replayFailingLog()));

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        FailureAnalysisAction action = waitForAnalysis(build);
        assertThat(action.getOrigin()).isEqualTo("automatic");
        assertThat(action.getCategory()).isEqualTo(Samples.goldenReport().category());
    }

    @Test
    public void nothingIsAnalyzedWhenSwitchedOff() throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new Shell("exit 1"));
        // A build the switch would analyze, before one that shows the queue has been drained.
        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);
        FailureAgentConfiguration.get().setAutoAnalysis(true);
        FreeStyleBuild later = j.buildAndAssertStatus(Result.FAILURE, project);

        waitForAnalysis(later);
        assertThat(build.getAction(FailureAnalysisAction.class)).isNull();
    }

    private static FailureAnalysisAction waitForAnalysis(FreeStyleBuild build) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + WAIT_MILLIS;
        FailureAnalysisAction action;
        while ((action = build.getAction(FailureAnalysisAction.class)) == null
                && System.currentTimeMillis() < giveUp) {
            Thread.sleep(100);
        }
        assertThat(action).as("analysis of " + build).isNotNull();
        return action;
    }
}
