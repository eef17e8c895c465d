package org.cifailureagent.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsRule;

public class PipelineStepTest {
    @Rule
    public JenkinsRule j = new JenkinsRule();

    @Test
    public void analyzeFailureInPostFailureAnalyzesTheBuild() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("""
                pipeline {
                  agent any
                  stages {
                    stage('build') {
                      steps {
                        sh '''%s'''
                      }
                    }
                  }
                  post {
                    failure {
                      analyzeFailure()
                    }
                  }
                }
                """.formatted(Samples.replayFailingLog()), true));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        FailureAnalysisAction action = run.getAction(FailureAnalysisAction.class);
        assertThat(action).isNotNull();
        assertThat(action.getOrigin()).isEqualTo("step");
        assertThat(action.getCategory()).isEqualTo(Samples.goldenReport().category());
    }
}
