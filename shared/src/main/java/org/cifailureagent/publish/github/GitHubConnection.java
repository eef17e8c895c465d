package org.cifailureagent.publish.github;

import java.io.IOException;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;

/**
 * Opens a github-api client against any API endpoint ({@code GITHUB_API_URL}: github.com or GitHub Enterprise
 * Server) with every wait bounded: timeouts per request and rate-limit handlers that wait at most
 * {@link GitHubLimits#maxRateLimitWait()}.
 */
public final class GitHubConnection {
    private GitHubConnection() {
    }

    public static GitHub open(String apiUrl, String token, GitHubLimits limits) throws IOException {
        RateLimitWait wait = RateLimitWait.real(limits.maxRateLimitWait());
        GitHubBuilder builder = new GitHubBuilder()
                .withEndpoint(apiUrl)
                .withConnector(new TimeoutConnector(limits))
                .withRateLimitHandler(new BoundedRateLimitHandler(wait))
                .withAbuseLimitHandler(new BoundedAbuseLimitHandler(wait));
        if (token != null && !token.isBlank()) {
            // An installation token (GITHUB_TOKEN is one): github-api then does not ask /user who we are, which an
            // installation token may not do.
            builder.withAppInstallationToken(token);
        }
        return builder.build();
    }
}
