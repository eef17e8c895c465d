package org.cifailureagent.publish.github;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.kohsuke.github.HttpException;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * Decides how long to wait on a rate-limited answer, as GitHub documents it: {@code retry-after} seconds when
 * present, otherwise until {@code x-ratelimit-reset} (epoch seconds) when no requests remain, otherwise one
 * minute. A wait longer than the bound fails the call at once instead of holding the build. github-api retries a
 * request at most twice after a handler returns, so the total wait is bounded too.
 */
final class RateLimitWait {
    private static final Duration UNKNOWN_WAIT = Duration.ofSeconds(60);

    /** Sleeps; replaceable so tests do not wait. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration maxWait;
    private final Supplier<Instant> clock;
    private final Sleeper sleeper;

    RateLimitWait(Duration maxWait, Supplier<Instant> clock, Sleeper sleeper) {
        this.maxWait = maxWait;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    static RateLimitWait real(Duration maxWait) {
        return new RateLimitWait(maxWait, Instant::now, d -> Thread.sleep(d.toMillis()));
    }

    /** Returns after waiting (the caller then retries), or throws when the wait would exceed the bound. */
    void waitOrFail(GitHubConnectorResponse response, String kind) throws IOException {
        Duration wait = waitTime(response);
        if (wait.compareTo(maxWait) > 0) {
            throw new HttpException(kind + " exceeded; it resets in " + wait.toSeconds() + "s, longer than the "
                    + maxWait.toSeconds() + "s this action waits", response.statusCode(), "rate limited",
                    response.request().url().toString());
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the GitHub rate limit");
        }
    }

    Duration waitTime(GitHubConnectorResponse response) {
        Long retryAfter = number(response.header("retry-after"));
        if (retryAfter != null) {
            return Duration.ofSeconds(Math.max(0, retryAfter));
        }
        Long reset = number(response.header("x-ratelimit-reset"));
        if (reset != null && "0".equals(response.header("x-ratelimit-remaining"))) {
            long seconds = reset - clock.get().getEpochSecond();
            return Duration.ofSeconds(Math.max(1, seconds));
        }
        return UNKNOWN_WAIT;
    }

    private static Long number(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
