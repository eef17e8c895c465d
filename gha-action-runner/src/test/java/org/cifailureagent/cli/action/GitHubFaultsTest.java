package org.cifailureagent.cli.action;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit.WireMockRule;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.cifailureagent.publish.github.GitHubLimits;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * GitHub failing in the ways networks and servers fail, against WireMock: the connection reset, an answer slower
 * than the request timeout, malformed JSON, a 500. In every case the step succeeds (the build's own result is
 * untouched), the job summary and the report are still written, no comment is half-posted, and the warning says
 * what happened. The rate limits and a read-only token are in {@link GitHubActionProcessTest}.
 */
public class GitHubFaultsTest {
    private static final String REPO = "/repos/octo-org/octo-repo";
    private static final GitHubLimits SHORT = new GitHubLimits(Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ofSeconds(1));

    @Rule
    public WireMockRule github = new WireMockRule(options().dynamicPort());
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void aConnectionResetIsAWarning() throws Exception {
        assertFaultIsAWarning(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "opening repository");
    }

    @Test
    public void anAnswerSlowerThanTheTimeoutIsAWarning() throws Exception {
        assertFaultIsAWarning(okJson("{}").withFixedDelay(30_000), "opening repository");
        // github-api tries three times; each attempt is cut at the 2 s request timeout instead of waiting 30 s.
        var attempts = github.getAllServeEvents().stream().map(e -> e.getRequest().getLoggedDate().getTime())
                .sorted().toList();
        assertThat(attempts).hasSizeBetween(1, 3);
        assertThat(attempts.get(attempts.size() - 1) - attempts.get(0)).as("ms between the first and last attempt")
                .isLessThan(15_000);
    }

    @Test
    public void malformedJsonIsAWarning() throws Exception {
        assertFaultIsAWarning(okJson("{\"id\": 300029405, \"name\": \"octo-repo\", \"owner\": {"),
                "opening repository");
    }

    @Test
    public void aServerErrorIsAWarning() throws Exception {
        assertFaultIsAWarning(aResponse().withStatus(500).withBody("{\"message\":\"Server Error\"}"),
                "opening repository");
    }

    private void assertFaultIsAWarning(ResponseDefinitionBuilder answer, String what) throws Exception {
        github.stubFor(get(anyUrl()).willReturn(answer));
        Path workspace = temp.newFolder("ws").toPath();
        Files.writeString(workspace.resolve("build.log"), "[ERROR] /w/src/App.java:[3,9] cannot find symbol\n"
                + "[ERROR] BUILD FAILURE\n");
        Path summary = temp.newFile("summary").toPath();
        Path event = temp.newFile("event.json").toPath();
        Files.writeString(event, "{\"action\":\"opened\",\"number\":7,\"pull_request\":{\"number\":7,\"head\":"
                + "{\"sha\":\"ec26c3e57ca3a959ca5aad62de7213c562f8c821\"}},\"repository\":{\"full_name\":"
                + "\"octo-org/octo-repo\"}}");
        Map<String, String> env = new HashMap<>(Map.of("GITHUB_API_URL", github.baseUrl(), "GITHUB_REPOSITORY",
                "octo-org/octo-repo", "GITHUB_WORKSPACE", workspace.toString(), "GITHUB_EVENT_PATH",
                event.toString(), "GITHUB_EVENT_NAME", "pull_request", "GITHUB_STEP_SUMMARY", summary.toString(),
                "GITHUB_OUTPUT", temp.newFile("output").toString(), "RUNNER_TEMP", temp.getRoot().toString(),
                "INPUT_LOG-FILE", "build.log", "INPUT_JOB-STATUS", "failure"));
        env.put("INPUT_GITHUB-TOKEN", "ghs_16C7e42F292c6912E7710c838347Ae178B4a");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = new ActionRun(env, new PrintStream(out, true, StandardCharsets.UTF_8), SHORT).run();

        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(stdout).isZero();
        assertThat(stdout).contains("::warning").contains(what).doesNotContain("ghs_16C7e42F");
        assertThat(Files.readString(summary)).contains("compilation");
        assertThat(workspace.resolve(ActionRun.REPORT_FILE)).exists();
        github.verify(0, postRequestedFor(anyUrl()));
        github.verify(0, patchRequestedFor(anyUrl()));
        assertThat(github.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo(REPO)))).isNotEmpty();
    }
}
