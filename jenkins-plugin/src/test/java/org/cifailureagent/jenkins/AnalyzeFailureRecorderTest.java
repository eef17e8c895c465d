package org.cifailureagent.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.Assert.assertNotNull;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import hudson.tasks.Shell;
import java.nio.file.Files;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsRule;

public class AnalyzeFailureRecorderTest {
    @Rule
    public JenkinsRule j = new JenkinsRule();

    private FreeStyleProject failingJob(String script) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new Shell(script));
        project.getPublishersList().add(new AnalyzeFailureRecorder());
        return project;
    }

    @Test
    public void aFailingFreestyleBuildIsAnalyzedAndStaysFailed() throws Exception {
        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, failingJob(Samples.replayFailingLog()));

        FailureAnalysisAction action = build.getAction(FailureAnalysisAction.class);
        assertThat(action).isNotNull();
        assertThat(action.getCategory()).isEqualTo(Samples.goldenReport().category());
        assertThat(action.getOrigin()).isEqualTo("step");
        assertThat(action.getRootCauseLines()).isNotEmpty();
        assertThat(Files.isRegularFile(ReportFiles.of(build).toPath())).isTrue();
        assertThat(action.getFailingTests()).containsExactlyElementsOf(
                Samples.goldenReport().failingTests().stream().map(t -> t.name()).toList());
        j.assertLogContains("[CI Failure Agent] " + action.getCategory(), build);
    }

    @Test
    public void aPassingBuildIsLeftAlone() throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new Shell("echo fine"));
        project.getPublishersList().add(new AnalyzeFailureRecorder());

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        assertThat(build.getAction(FailureAnalysisAction.class)).isNull();
    }

    @Test
    public void theRestApiReturnsTheAnalysis() throws Exception {
        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, failingJob(Samples.replayFailingLog()));
        FailureAnalysisAction action = build.getAction(FailureAnalysisAction.class);

        JSONObject json = j.createWebClient().getJSON(build.getUrl() + "api/json?depth=1").getJSONObject();

        JSONObject exported = null;
        JSONArray actions = json.getJSONArray("actions");
        for (int i = 0; i < actions.size(); i++) {
            JSONObject candidate = actions.getJSONObject(i);
            if (FailureAnalysisAction.class.getName().equals(candidate.optString("_class"))) {
                exported = candidate;
            }
        }
        assertNotNull("the action is exported", exported);
        assertThat(exported.getString("category")).isEqualTo(action.getCategory());
        assertThat(exported.getDouble("confidence")).isEqualTo(action.getConfidence());
        assertThat(exported.getJSONArray("rootCauseLines").getLong(0)).isEqualTo(action.getRootCauseLines()[0]);
        assertThat(exported.getJSONArray("failingTests").size()).isEqualTo(action.getFailingTests().size());
    }

    @Test
    public void theConsoleHighlightsTheRootCauseLinesTheBuildPageLinksTo() throws Exception {
        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, failingJob(Samples.replayFailingLog()));
        FailureAnalysisAction action = build.getAction(FailureAnalysisAction.class);
        long first = action.getRootCauseLines()[0];
        JenkinsRule.WebClient wc = j.createWebClient();

        HtmlPage console = wc.goTo(build.getUrl() + "console");
        DomElement marked = console.getElementById("cfa-line-" + first);
        assertThat(marked).isNotNull();
        assertThat(marked.getAttribute("class")).isEqualTo("cfa-root-cause");
        String wholeLine = build.getLog(Integer.MAX_VALUE).get((int) first - 1);
        assertThat(wholeLine).contains(marked.getTextContent().strip());

        HtmlPage page = wc.getPage(build);
        assertThat(page.getAnchors()).anySatisfy(a -> assertThat(a.getHrefAttribute())
                .endsWith(build.getUrl() + "console#cfa-line-" + first));
    }

    @Test
    public void logTextWithHtmlIsShownEscaped() throws Exception {
        String hostile = "<script>alert(\"cfa\")</script>";
        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE,
                failingJob("echo 'error: " + hostile + " failed'\nexit 1\n"));
        FailureAnalysisAction action = build.getAction(FailureAnalysisAction.class);
        assertThat(action.getTopLines()).anySatisfy(line -> assertThat(line.text()).contains(hostile));
        JenkinsRule.WebClient wc = j.createWebClient();

        for (HtmlPage page : new HtmlPage[] {wc.getPage(build), wc.goTo(build.getUrl() + "failure-analysis/")}) {
            assertThat(page.asNormalizedText()).contains(hostile);
            for (DomNode script : page.getElementsByTagName("script")) {
                assertThat(script.getTextContent()).doesNotContain("alert(\"cfa\")");
            }
        }
    }

    @Test
    public void theWorkspaceIsReadOnTheAgentThroughTheRemotingChannel() throws Exception {
        DumbSlave agent = j.createOnlineSlave();
        FreeStyleProject project = failingJob("cp -r '" + Samples.SUREFIRE_PROJECT + "/.' .\n"
                + "mkdir -p target/surefire-reports\n"
                + "cp '" + Samples.SUREFIRE_REPORTS + "'/*.xml target/surefire-reports/\n"
                + "exit 1\n");
        project.setAssignedNode(agent);

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        assertThat(build.getBuiltOn()).isSameAs(agent);
        FailureAnalysisAction action = build.getAction(FailureAnalysisAction.class);
        assertThat(action.getFailingTests()).contains("com.example.CalcTest.addsTwoNumbers",
                "com.example.CalcTest.dividesByZero");
        j.assertLogNotContains("workspace could not be examined", build);
    }
}
