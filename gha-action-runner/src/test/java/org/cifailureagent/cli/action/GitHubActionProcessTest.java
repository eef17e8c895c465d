package org.cifailureagent.cli.action;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit.WireMockRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Runs {@code github-action} as a process with a runner-like environment against WireMock answering as GitHub's
 * REST API documents (pagination by Link header, the 302 of a log download, 403 and rate-limit answers), on the
 * real javac output of a hostile source (resources/hostile).
 */
public class GitHubActionProcessTest {
    private static final String REPO = "/repos/octo-org/octo-repo";
    private static final String SHA = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
    private static final String TOKEN = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";

    @Rule
    public WireMockRule github = new WireMockRule(options().dynamicPort());
    @Rule
    public WireMockRule storage = new WireMockRule(options().dynamicPort());
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private Path workspace;
    private Path output;
    private Path summary;

    @Before
    public void runner() throws IOException {
        workspace = temp.newFolder("workspace").toPath();
        output = temp.newFile("output").toPath();
        summary = temp.newFile("summary").toPath();
        Files.copy(Path.of("src/test/resources/hostile/javac-hostile.log"), workspace.resolve("build.log"));
        github.stubFor(get(urlEqualTo(REPO)).willReturn(okJson(repository())));
    }

    @Test
    public void sameJobModeAnnotatesSummarizesAndEditsTheCommentFoundOnTheSecondPage() throws Exception {
        stubIssue(7);
        String page2 = github.baseUrl() + "/repositories/300029405/issues/7/comments?per_page=100&page=2";
        github.stubFor(get(urlEqualTo(REPO + "/issues/7/comments?per_page=100")).willReturn(okJson(
                "[" + comment(11, "Looks good to me") + "]")
                .withHeader("Link", "<" + page2 + ">; rel=\"next\", <" + page2 + ">; rel=\"last\"")));
        github.stubFor(get(urlEqualTo("/repositories/300029405/issues/7/comments?per_page=100&page=2"))
                .willReturn(okJson("[" + comment(555, "<!-- ci-failure-agent workflow=\\\"ci\\\" job=\\\"build\\\" -->"
                        + "\\nold analysis") + "]")));
        github.stubFor(patch(urlEqualTo(REPO + "/issues/comments/555")).willReturn(okJson(comment(555, "new"))));

        Result result = run(pullRequestEvent(7), Map.of("INPUT_LOG-FILE", "build.log", "INPUT_JOB-STATUS", "failure"));

        assertThat(result.exit).isZero();
        github.verify(1, patchRequestedFor(urlEqualTo(REPO + "/issues/comments/555"))
                .withRequestBody(containing("ci-failure-agent workflow=\\\"ci\\\" job=\\\"build\\\""))
                .withRequestBody(containing("compilation")));
        github.verify(0, postRequestedFor(urlPathEqualTo(REPO + "/issues/7/comments")));
        String body = github.findAll(patchRequestedFor(urlEqualTo(REPO + "/issues/comments/555"))).get(0)
                .getBodyAsString();
        // The hostile lines (a 4-backtick run, a mention, raw HTML) sit inside a longer, 5-backtick fence.
        assertThat(body).doesNotContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789")
                .contains("`````text\\n").contains("2: src/Hostile.java:4").doesNotContain(TOKEN);

        // The root cause is annotated at the first location the compiler named.
        assertThat(result.stdout).contains("::error file=src/Hostile.java,line=4,title=CI failure%3A compilation");
        // Log text may appear inside an annotation's message, escaped, but never as a command of its own: the
        // hostile "::error file=evil.txt::" never starts a line, and CR/LF inside messages are escaped.
        assertThat(result.stdout.lines()).noneMatch(line -> line.startsWith("::error file=evil.txt"));
        assertThat(annotationLines(result.stdout)).allSatisfy(line -> assertThat(line).doesNotContain("\r")
                .doesNotContain("::add-mask::x\n"));
        assertThat(result.stdout).containsPattern("::stop-commands::(cifa[0-9a-f]{32})\\n[^\\n]*\\n::\\1::");
        assertThat(result.stdout).doesNotContain(TOKEN);

        String markdown = Files.readString(summary);
        assertThat(markdown).contains("### CI failure: `compilation`").contains("`````text")
                .contains("2: src/Hostile.java:4: error").doesNotContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789");
        String outputs = Files.readString(output);
        assertThat(outputs).containsPattern("category<<(ghadelimiter_[-0-9a-f]+)\\ncompilation\\n\\1\\n")
                .contains("report-path<<");
        assertThat(workspace.resolve(ActionRun.REPORT_FILE)).exists();
        assertThat(Files.readString(workspace.resolve(".ci-failure-agent/history.jsonl")))
                .contains("\"run\":\"30433642/2\"").contains("\"result\":\"failure\"")
                .contains("\"category\":\"compilation\"");
    }

    @Test
    public void workflowRunModeDownloadsTheFailedJobsLogThroughTheRedirectAndFindsTheForkPr() throws Exception {
        long runId = 30433642L;
        github.stubFor(get(urlEqualTo(REPO + "/actions/runs/" + runId)).willReturn(okJson(run(runId))));
        github.stubFor(get(urlPathEqualTo(REPO + "/actions/runs/" + runId + "/jobs")).willReturn(okJson(
                "{\"total_count\":2,\"jobs\":[" + job(399444496L, runId, "build", "failure") + ","
                        + job(399444497L, runId, "lint", "success") + "]}")));
        github.stubFor(get(urlEqualTo(REPO + "/actions/jobs/399444496/logs")).willReturn(aResponse()
                .withStatus(302).withHeader("Location", storage.baseUrl() + "/logs/job-399444496.txt?sig=x")));
        storage.stubFor(get(urlPathEqualTo("/logs/job-399444496.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain")
                .withBody(Files.readString(workspace.resolve("build.log")))));
        github.stubFor(get(urlEqualTo(REPO + "/commits/" + SHA)).willReturn(okJson("{\"sha\":\"" + SHA + "\"}")));
        github.stubFor(get(urlPathEqualTo(REPO + "/commits/" + SHA + "/pulls")).willReturn(okJson("[]")));
        github.stubFor(get(urlPathEqualTo(REPO + "/pulls")).willReturn(okJson("[" + pull(9) + "]")));
        stubIssue(9);
        github.stubFor(get(urlPathEqualTo(REPO + "/issues/9/comments")).willReturn(okJson("[]")));
        github.stubFor(post(urlEqualTo(REPO + "/issues/9/comments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(comment(777, "created"))));

        Result result = run(workflowRunEvent(runId), Map.of());

        assertThat(result.exit).isZero();
        storage.verify(getRequestedFor(urlPathEqualTo("/logs/job-399444496.txt")).withHeader("Authorization",
                absent()));
        github.verify(getRequestedFor(urlPathEqualTo(REPO + "/pulls"))
                .withQueryParam("head", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "fork-owner:fix-parser")));
        github.verify(1, postRequestedFor(urlEqualTo(REPO + "/issues/9/comments"))
                .withRequestBody(containing("workflow=\\\"ci\\\" job=\\\"build\\\"")));
        assertThat(Files.readString(summary)).contains("in `ci` / `build`").doesNotContain("lint");
        assertThat(result.stdout).contains("PR #9 comment created");
    }

    @Test
    public void aRateLimitResettingInAnHourFailsFastAsAWarningAndTheSummaryIsStillWritten() throws Exception {
        stubIssue(7);
        long reset = System.currentTimeMillis() / 1000 + 3600;
        github.stubFor(get(urlPathEqualTo(REPO + "/issues/7/comments")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-ratelimit-limit", "5000").withHeader("x-ratelimit-remaining", "0")
                .withHeader("x-ratelimit-reset", String.valueOf(reset))
                .withBody("{\"message\":\"API rate limit exceeded for installation ID 1.\"}")));

        long start = System.nanoTime();
        Result result = run(pullRequestEvent(7), Map.of("INPUT_LOG-FILE", "build.log", "INPUT_JOB-STATUS", "failure"));

        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(60);
        assertThat(result.exit).isZero();
        assertThat(result.stdout).contains("::warning").contains("rate limit");
        assertThat(Files.readString(summary)).contains("CI failure: `compilation`");
    }

    @Test
    public void anUnusableModelFileIsAWarningNamingItAndTheJobsResultStands() throws Exception {
        // The model loads while the log is read: its error must still come out as the one warning, not a trace.
        Files.writeString(workspace.resolve("team.xgbm"), "not a model\n");

        Result result = run(pullRequestEvent(7), Map.of("INPUT_LOG-FILE", "build.log", "INPUT_JOB-STATUS", "failure",
                "INPUT_MODEL", "team.xgbm"));

        assertThat(result.exit).isZero();
        assertThat(result.stdout).containsPattern("::warning[^\\n]*team\\.xgbm: not a CI Failure Agent model file")
                .doesNotContain("CompletionException").doesNotContain("\tat org.");
    }

    @Test
    public void aReadOnlyForkTokenIsAClearWarningAndFailsOnlyWithFailOnError() throws Exception {
        stubIssue(7);
        github.stubFor(get(urlPathEqualTo(REPO + "/issues/7/comments")).willReturn(okJson("[]")));
        github.stubFor(post(urlEqualTo(REPO + "/issues/7/comments")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Resource not accessible by integration\","
                        + "\"documentation_url\":\"https://docs.github.com/rest/issues/comments#create-an-issue-comment\"}")));

        Result lenient = run(pullRequestEvent(7), Map.of("INPUT_LOG-FILE", "build.log", "INPUT_JOB-STATUS", "failure"));
        Result strict = run(pullRequestEvent(7), Map.of("INPUT_LOG-FILE", "build.log", "INPUT_JOB-STATUS", "failure",
                "INPUT_FAIL-ON-ERROR", "true"));

        assertThat(lenient.exit).isZero();
        assertThat(lenient.stdout).contains("::warning").contains("(403)").contains("workflow_run");
        assertThat(strict.exit).isEqualTo(1);
    }

    @Test
    public void aPassingRunUpdatesTheFailureCommentInsteadOfAddingOne() throws Exception {
        stubIssue(7);
        github.stubFor(get(urlPathEqualTo(REPO + "/issues/7/comments")).willReturn(okJson("[" + comment(555,
                "<!-- ci-failure-agent workflow=\\\"ci\\\" job=\\\"build\\\" -->\\nold analysis") + "]")));
        github.stubFor(patch(urlEqualTo(REPO + "/issues/comments/555")).willReturn(okJson(comment(555, "new"))));

        Result result = run(pullRequestEvent(7), Map.of("INPUT_JOB-STATUS", "success"));

        assertThat(result.exit).isZero();
        github.verify(1, patchRequestedFor(urlEqualTo(REPO + "/issues/comments/555"))
                .withRequestBody(containing("CI passed")));
        github.verify(0, postRequestedFor(urlPathEqualTo(REPO + "/issues/7/comments")));
        assertThat(Files.readString(workspace.resolve(".ci-failure-agent/history.jsonl")))
                .contains("\"result\":\"success\"");
    }

    private record Result(int exit, String stdout) {
    }

    private Result run(String event, Map<String, String> inputs) throws Exception {
        Path eventFile = temp.newFile().toPath();
        Files.writeString(eventFile, event);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.cifailureagent.cli.Main",
                "github-action"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("INPUT_"));
        Map<String, String> runner = new HashMap<>(Map.of(
                "GITHUB_API_URL", github.baseUrl(), "GITHUB_SERVER_URL", "https://github.com",
                "GITHUB_REPOSITORY", "octo-org/octo-repo", "GITHUB_RUN_ID", "30433642", "GITHUB_RUN_ATTEMPT", "2",
                "GITHUB_JOB", "build", "GITHUB_WORKFLOW", "ci", "GITHUB_SHA", SHA,
                "GITHUB_EVENT_PATH", eventFile.toString(), "GITHUB_WORKSPACE", workspace.toString()));
        runner.put("GITHUB_OUTPUT", output.toString());
        runner.put("GITHUB_STEP_SUMMARY", summary.toString());
        runner.put("GITHUB_EVENT_NAME", event.contains("\"workflow_run\"") ? "workflow_run" : "pull_request");
        runner.put("RUNNER_TEMP", temp.getRoot().toString());
        runner.put("INPUT_GITHUB-TOKEN", TOKEN);
        runner.put("INPUT_HISTORY", ".ci-failure-agent/history.jsonl");
        env.putAll(runner);
        env.putAll(inputs);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static List<String> annotationLines(String stdout) {
        return stdout.lines().filter(l -> l.startsWith("::error") || l.startsWith("::warning")).toList();
    }

    private void stubIssue(int number) {
        github.stubFor(get(urlEqualTo(REPO + "/issues/" + number)).willReturn(okJson("{\"id\":1,\"number\":"
                + number + ",\"state\":\"open\",\"title\":\"Fix the parser\",\"url\":\"" + github.baseUrl() + REPO
                + "/issues/" + number + "\",\"comments_url\":\"" + github.baseUrl() + REPO + "/issues/" + number
                + "/comments\",\"pull_request\":{\"url\":\"" + github.baseUrl() + REPO + "/pulls/" + number + "\"}}")));
    }

    private String repository() {
        return "{\"id\":300029405,\"name\":\"octo-repo\",\"full_name\":\"octo-org/octo-repo\",\"private\":false,"
                + "\"owner\":{\"login\":\"octo-org\",\"id\":41548062,\"type\":\"Organization\"},"
                + "\"url\":\"" + github.baseUrl() + REPO + "\",\"html_url\":\"https://github.com/octo-org/octo-repo\"}";
    }

    private String comment(long id, String body) {
        return "{\"id\":" + id + ",\"url\":\"" + github.baseUrl() + REPO + "/issues/comments/" + id + "\","
                + "\"body\":\"" + body + "\",\"user\":{\"login\":\"github-actions[bot]\",\"type\":\"Bot\"},"
                + "\"created_at\":\"2026-11-20T10:00:00Z\",\"updated_at\":\"2026-11-20T10:00:00Z\"}";
    }

    private String run(long id) {
        return "{\"id\":" + id + ",\"name\":\"ci\",\"head_branch\":\"fix-parser\",\"head_sha\":\"" + SHA + "\","
                + "\"run_attempt\":1,\"status\":\"completed\",\"conclusion\":\"failure\",\"pull_requests\":[],"
                + "\"url\":\"" + github.baseUrl() + REPO + "/actions/runs/" + id + "\","
                + "\"jobs_url\":\"" + github.baseUrl() + REPO + "/actions/runs/" + id + "/jobs\"}";
    }

    private String job(long id, long runId, String name, String conclusion) {
        return "{\"id\":" + id + ",\"run_id\":" + runId + ",\"name\":\"" + name + "\",\"status\":\"completed\","
                + "\"conclusion\":\"" + conclusion + "\",\"head_sha\":\"" + SHA + "\",\"url\":\"" + github.baseUrl()
                + REPO + "/actions/jobs/" + id + "\",\"html_url\":\"https://github.com/octo-org/octo-repo/actions/"
                + "runs/" + runId + "/job/" + id + "\",\"steps\":[]}";
    }

    private String pull(int number) {
        return "{\"id\":279147437,\"number\":" + number + ",\"state\":\"open\",\"url\":\"" + github.baseUrl() + REPO
                + "/pulls/" + number + "\",\"head\":{\"ref\":\"fix-parser\",\"sha\":\"" + SHA + "\","
                + "\"repo\":{\"full_name\":\"fork-owner/octo-repo\"}},\"base\":{\"ref\":\"master\"}}";
    }

    /** The shape of a pull_request event (opened), trimmed to the fields the action reads and a few around. */
    private static String pullRequestEvent(int number) {
        return "{\"action\":\"opened\",\"number\":" + number + ",\"pull_request\":{\"number\":" + number
                + ",\"state\":\"open\",\"head\":{\"ref\":\"fix-parser\",\"sha\":\"" + SHA + "\",\"repo\":{\"full_name\":"
                + "\"fork-owner/octo-repo\",\"fork\":true,\"owner\":{\"login\":\"fork-owner\"}}},\"base\":{\"ref\":"
                + "\"master\"}},\"repository\":{\"full_name\":\"octo-org/octo-repo\"},\"sender\":{\"login\":\"fork-owner\"}}";
    }

    /** The shape of a workflow_run (completed) event for a fork's PR: pull_requests is empty. */
    private static String workflowRunEvent(long runId) {
        return "{\"action\":\"completed\",\"workflow\":{\"name\":\"ci\",\"path\":\".github/workflows/ci.yml\"},"
                + "\"workflow_run\":{\"id\":" + runId + ",\"name\":\"ci\",\"event\":\"pull_request\","
                + "\"status\":\"completed\",\"conclusion\":\"failure\",\"head_branch\":\"fix-parser\",\"head_sha\":\""
                + SHA + "\",\"run_attempt\":1,\"pull_requests\":[],\"head_repository\":{\"full_name\":"
                + "\"fork-owner/octo-repo\",\"owner\":{\"login\":\"fork-owner\"}},\"repository\":{\"full_name\":"
                + "\"octo-org/octo-repo\"}},\"repository\":{\"full_name\":\"octo-org/octo-repo\"}}";
    }
}
