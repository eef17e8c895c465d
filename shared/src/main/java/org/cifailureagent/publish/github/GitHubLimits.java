package org.cifailureagent.publish.github;

import java.time.Duration;

/**
 * How long a GitHub call may take. Every wait is bounded, so a slow or rate-limited GitHub delays the build by
 * minutes at most, never by the hour github-api's default rate-limit handler would wait.
 *
 * @param connectTimeout     to open a connection
 * @param requestTimeout     for one request, response body included
 * @param maxRateLimitWait   the longest wait for a rate limit to reset; a longer reset fails the call at once
 */
public record GitHubLimits(Duration connectTimeout, Duration requestTimeout, Duration maxRateLimitWait) {
    public static GitHubLimits standard() {
        return new GitHubLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }
}
