package org.cifailureagent.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.tasks.Shell;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * A build log full of secrets (fresh fake values in their real formats, in lines that git, the AWS CLI, npm and mysql
 * print) and everything the plugin shows of it: the action's exported fields in the REST API, the summary box on the
 * build page, the report page, the stored report it serves, and the job page. No secret may appear in any; the lines
 * that held them must (so that their absence means redaction, not that nothing was reported).
 */
public class SecretsInTheUiTest {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Rule
    public JenkinsRule j = new JenkinsRule();

    private static String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    @Test
    public void noSecretFromTheLogReachesThePluginsPagesOrItsRestApi() throws Exception {
        String token = "ghp_" + random(ALNUM, 36);
        String awsSecret = random(ALNUM + "/+", 40);
        String npmToken = "npm_" + random(ALNUM, 36);
        String dbPassword = random(ALNUM, 16);
        List<String> secrets = List.of(token, awsSecret, npmToken, dbPassword);
        List<String> markers = List.of("Authentication failed for", "profile ci invalid", "Unable to authenticate",
                "Access denied");
        String log = String.join("\n",
                "fatal: Authentication failed for 'https://x-access-token:" + token
                        + "@github.com/octo-org/octo-repo.git/'",
                "aws_secret_access_key = " + awsSecret + "  # error: profile ci invalid",
                "npm ERR! code E401 npm ERR! Unable to authenticate, //registry.npmjs.org/:_authToken=" + npmToken,
                "mysql: [Warning] ERROR 1045 (28000): Access denied; DB_PASSWORD=" + dbPassword);
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new Shell("cat <<'LOG'\n" + log + "\nLOG\nexit 1\n"));
        project.getPublishersList().add(new AnalyzeFailureRecorder());

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains(token, build);
        FailureAnalysisAction action = build.getAction(FailureAnalysisAction.class);
        assertThat(action).isNotNull();
        // The markup as served is what is checked, so no scripts need to run (the job page's own script also
        // trips over HtmlUnit).
        JenkinsRule.WebClient wc = j.createWebClient().withJavaScriptEnabled(false);
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("REST API", wc.goTo(build.getUrl() + "api/json?depth=2", "application/json")
                .getWebResponse().getContentAsString());
        channels.put("action getters", String.join("\n", action.getSummary(), String.join("\n", action.getHints()),
                String.join("\n", action.getSuspects()), String.join("\n", action.getFailingTests()),
                String.join("\n", action.getTopLines().stream().map(FailureAnalysisAction.ConsoleLine::text)
                        .toList())));
        channels.put("build page", page(wc, build.getUrl()));
        channels.put("report page", page(wc, build.getUrl() + FailureAnalysisAction.URL_NAME + "/"));
        channels.put("stored report", wc.goTo(build.getUrl() + FailureAnalysisAction.URL_NAME + "/reportJson",
                "application/json").getWebResponse().getContentAsString());
        channels.put("job page", page(wc, project.getUrl()));

        for (String marker : markers) {
            assertThat(channels.get("stored report")).as("the line with \"%s\" is reported", marker).contains(marker);
        }
        assertThat(channels.get("report page")).contains(markers.get(0));
        for (Map.Entry<String, String> channel : channels.entrySet()) {
            for (String secret : secrets) {
                assertThat(channel.getValue()).as(channel.getKey()).doesNotContain(secret);
            }
        }
    }

    /** The page's markup as served (attributes and scripts included), not only its visible text. */
    private static String page(JenkinsRule.WebClient wc, String url) throws Exception {
        return wc.goTo(url).getWebResponse().getContentAsString();
    }
}
