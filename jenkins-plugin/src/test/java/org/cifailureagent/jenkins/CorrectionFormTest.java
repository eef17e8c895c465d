package org.cifailureagent.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.tasks.Shell;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;

public class CorrectionFormTest {
    @Rule
    public JenkinsRule j = new JenkinsRule();

    private FreeStyleBuild analyzedBuild() throws Exception {
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader", "editor")
                .grant(Run.UPDATE).everywhere().to("editor"));
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new Shell(Samples.replayFailingLog()));
        project.getPublishersList().add(new AnalyzeFailureRecorder());
        return j.buildAndAssertStatus(Result.FAILURE, project);
    }

    private int postCorrection(String user, FreeStyleBuild build, String category) throws Exception {
        JenkinsRule.WebClient wc = j.createWebClient().login(user);
        wc.setThrowExceptionOnFailingStatusCode(false);
        WebRequest request = new WebRequest(new URL(j.getURL(), build.getUrl() + FailureAnalysisAction.URL_NAME
                + "/correct?category=" + category), HttpMethod.POST);
        wc.addCrumb(request);
        return wc.getPage(request).getWebResponse().getStatusCode();
    }

    @Test
    public void aUserWithoutThePermissionToUpdateTheBuildIsRejected() throws Exception {
        FreeStyleBuild build = analyzedBuild();

        assertThat(postCorrection("reader", build, "compilation")).isEqualTo(403);

        assertThat(build.getAction(FailureAnalysisAction.class).getCorrectedCategory()).isNull();
        assertThat(correctionsIndex()).doesNotExist();
    }

    @Test
    public void aCorrectionIsStoredForRetraining() throws Exception {
        FreeStyleBuild build = analyzedBuild();

        assertThat(postCorrection("editor", build, "compilation")).isEqualTo(200);

        assertThat(build.getAction(FailureAnalysisAction.class).getCorrectedCategory()).isEqualTo("compilation");
        assertThat(Files.readString(correctionsIndex())).contains("\"category\":\"compilation\"");
        // The same log again is refused: the corpus holds each log once.
        assertThat(postCorrection("editor", build, "dependency")).isEqualTo(409);
        assertThat(build.getAction(FailureAnalysisAction.class).getCorrectedCategory()).isEqualTo("compilation");
    }

    @Test
    public void aGetDoesNotCorrect() throws Exception {
        FreeStyleBuild build = analyzedBuild();
        JenkinsRule.WebClient wc = j.createWebClient().login("editor");
        wc.setThrowExceptionOnFailingStatusCode(false);

        int status = wc.getPage(new WebRequest(new URL(j.getURL(), build.getUrl() + FailureAnalysisAction.URL_NAME
                + "/correct?category=compilation"), HttpMethod.GET)).getWebResponse().getStatusCode();

        assertThat(status).isEqualTo(405);
        assertThat(build.getAction(FailureAnalysisAction.class).getCorrectedCategory()).isNull();
    }

    private Path correctionsIndex() {
        return FailureAnalysisAction.correctionsFolder().resolve("index.jsonl");
    }
}
