package org.cifailureagent.publish.github;

import java.io.IOException;
import java.util.OptionalInt;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHRepository;

/**
 * Finds the open pull request a commit belongs to when the event does not say. A {@code workflow_run} event
 * lists no pull requests when the PR comes from a fork, so the PR is found from the run's head SHA (the commits'
 * pulls endpoint), then from the head branch qualified by the fork's owner, and only a PR whose head is that very
 * SHA counts: a newer push to the PR has its own run.
 */
public final class PullRequestLocator {
    private final GHRepository repository;

    public PullRequestLocator(GHRepository repository) {
        this.repository = repository;
    }

    public OptionalInt find(String headSha, String headOwner, String headBranch) throws IOException {
        return Paging.unwrapped(() -> findPaged(headSha, headOwner, headBranch));
    }

    private OptionalInt findPaged(String headSha, String headOwner, String headBranch) throws IOException {
        if (headSha == null || headSha.isBlank()) {
            return OptionalInt.empty();
        }
        for (GHPullRequest pr : repository.getCommit(headSha).listPullRequests()) {
            if (pr.getState() == GHIssueState.OPEN && headSha.equals(pr.getHead().getSha())) {
                return OptionalInt.of(pr.getNumber());
            }
        }
        if (headOwner == null || headOwner.isBlank() || headBranch == null || headBranch.isBlank()) {
            return OptionalInt.empty();
        }
        for (GHPullRequest pr : repository.queryPullRequests().head(headOwner + ":" + headBranch)
                .state(GHIssueState.OPEN).list()) {
            if (headSha.equals(pr.getHead().getSha())) {
                return OptionalInt.of(pr.getNumber());
            }
        }
        return OptionalInt.empty();
    }
}
