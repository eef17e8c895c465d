package org.cifailureagent.publish.github;

import java.io.IOException;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/** The secondary rate limit (429, or 403 with {@code retry-after}): waits within a bound, then gives up. */
final class BoundedAbuseLimitHandler extends GitHubAbuseLimitHandler {
    private final RateLimitWait wait;

    BoundedAbuseLimitHandler(RateLimitWait wait) {
        this.wait = wait;
    }

    @Override
    public void onError(GitHubConnectorResponse response) throws IOException {
        wait.waitOrFail(response, "GitHub secondary rate limit");
    }
}
