package org.cifailureagent.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.EnvVars;
import hudson.model.Run;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.cifailureagent.publish.github.CommentMarker;
import org.cifailureagent.publish.github.CommentResult;
import org.cifailureagent.publish.github.GitHubConnection;
import org.cifailureagent.publish.github.GitHubLimits;
import org.cifailureagent.publish.github.GitHubProblems;
import org.cifailureagent.publish.github.PullRequestRef;
import org.cifailureagent.publish.github.ReportComment;
import org.cifailureagent.report.GitHubMarkdown;
import org.cifailureagent.report.Report;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * On a pull-request build (the branch source sets {@code CHANGE_ID} and {@code CHANGE_URL}), writes the same single
 * PR comment as the GitHub Action, with a token from a Secret text credential. Problems are one line in the console.
 */
final class PullRequestCommenter {
    /** The job part of the comment marker: one comment per Jenkins job and pull request. */
    private static final String MARKER_JOB = "jenkins";

    private PullRequestCommenter() {
    }

    static void comment(Run<?, ?> run, EnvVars env, Report report, FailureAgentConfiguration config, PrintStream log) {
        if (!config.isPullRequestComments() || env.get("CHANGE_ID") == null) {
            return;
        }
        Optional<PullRequestRef> pullRequest = PullRequestRef.fromWebUrl(env.get("CHANGE_URL"));
        if (pullRequest.isEmpty()) {
            log.println(BuildAnalysis.PREFIX + Messages.PullRequest_NotGitHub());
            return;
        }
        String credentialsId = config.getGithubCredentialsId();
        StringCredentials token = credentialsId == null ? null
                : CredentialsProvider.findCredentialById(credentialsId, StringCredentials.class, run);
        if (token == null) {
            log.println(BuildAnalysis.PREFIX + Messages.PullRequest_NoToken());
            return;
        }
        String job = run.getParent().getFullName();
        String root = Jenkins.get().getRootUrl();
        try {
            CommentResult result = ReportComment.upsert(
                    GitHubConnection.open(config.getGithubApiUrl(), token.getSecret().getPlainText(),
                            GitHubLimits.standard()),
                    pullRequest.get(), new CommentMarker(job, MARKER_JOB), report,
                    new GitHubMarkdown.Context(job, null, root == null ? null : root + run.getUrl()));
            log.println(BuildAnalysis.PREFIX + Messages.PullRequest_Done(String.valueOf(pullRequest.get().number()),
                    result.name().toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            log.println(BuildAnalysis.PREFIX + GitHubProblems.describe("writing the PR comment", e));
        }
    }
}
