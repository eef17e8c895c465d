package org.cifailureagent.publish.github;

import java.io.IOException;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/** The primary rate limit (403 with {@code x-ratelimit-remaining: 0}): waits within a bound, then gives up. */
final class BoundedRateLimitHandler extends GitHubRateLimitHandler {
    private final RateLimitWait wait;

    BoundedRateLimitHandler(RateLimitWait wait) {
        this.wait = wait;
    }

    @Override
    public void onError(GitHubConnectorResponse response) throws IOException {
        wait.waitOrFail(response, "GitHub API rate limit");
    }
}
