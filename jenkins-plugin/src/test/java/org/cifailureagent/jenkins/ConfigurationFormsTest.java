package org.cifailureagent.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * The global configuration as users see it on the System page: a form element for every setting. (This caught a
 * title with parentheses in {@code ${%...}}, which Jelly reads as arguments: the whole section failed to render.)
 */
public class ConfigurationFormsTest {
    @Rule
    public JenkinsRule j = new JenkinsRule();

    private static final List<String> FIELDS = List.of("autoAnalysis", "includeUnstable", "rulesFile", "modelFile",
            "pushgatewayUrl", "pushgatewayCredentialsId", "pullRequestComments", "githubApiUrl", "githubCredentialsId",
            "maxLogMegabytes", "timeBudgetSeconds");

    @Test
    public void theSystemPageHasAFormElementForEverySetting() throws Exception {
        HtmlPage page = j.createWebClient().goTo("manage/configure");

        for (String field : FIELDS) {
            assertThat(page.getElementsByName("_." + field)).as(field).isNotEmpty();
        }
        assertThat(page.getWebResponse().getContentAsString()).contains(
                "Analyze every failed build automatically (log only)", "Largest log analyzed (MB)",
                "Time budget per analysis (seconds)");
    }
}
