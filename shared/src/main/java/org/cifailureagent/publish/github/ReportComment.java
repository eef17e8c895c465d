package org.cifailureagent.publish.github;

import java.io.IOException;
import org.cifailureagent.report.GitHubMarkdown;
import org.cifailureagent.report.Report;
import org.kohsuke.github.GitHub;

/**
 * Writes the one PR comment for a report: the Markdown the GitHub Action writes, kept under its
 * {@link CommentMarker} and edited in place on later failures. Hosts other than the Action (Jenkins) call this.
 */
public final class ReportComment {
    /** Room left for the marker and the cut note. */
    private static final int BODY_BUDGET = PullRequestComments.MAX_BODY - 512;

    private ReportComment() {
    }

    public static CommentResult upsert(GitHub github, PullRequestRef pullRequest, CommentMarker marker, Report report,
                                       GitHubMarkdown.Context context) throws IOException {
        String body = GitHubMarkdown.render(report, context, BODY_BUDGET);
        return new PullRequestComments(github.getRepository(pullRequest.repository()))
                .upsert(pullRequest.number(), marker, body);
    }
}
