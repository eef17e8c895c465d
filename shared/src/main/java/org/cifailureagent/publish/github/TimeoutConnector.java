package org.cifailureagent.publish.github;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * Sends github-api's requests with the JDK client, bounding the whole exchange (body included) by a timeout: the
 * JDK's own request timeout stops at the headers, and a connection that stalls mid-body would hang the build.
 * A timeout surfaces as {@link SocketTimeoutException}, which github-api retries a bounded number of times (two).
 * Redirects are not followed here: github-api follows them itself and drops the token when the host changes, as
 * GitHub expects for log downloads.
 */
final class TimeoutConnector implements GitHubConnector {
    private final HttpClient client;
    private final GitHubLimits limits;

    TimeoutConnector(GitHubLimits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(request.url().toURI()).timeout(limits.requestTimeout());
        } catch (URISyntaxException e) {
            throw new IOException("invalid URL " + request.url(), e);
        }
        for (Map.Entry<String, List<String>> header : request.allHeaders().entrySet()) {
            if (header.getValue() != null) {
                builder.header(header.getKey(), String.join(",", header.getValue()));
            }
        }
        HttpRequest.BodyPublisher body = request.hasBody()
                ? HttpRequest.BodyPublishers.ofByteArray(request.body().readAllBytes())
                : HttpRequest.BodyPublishers.noBody();
        builder.method(request.method(), body);
        try {
            HttpResponse<byte[]> response = client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray())
                    .get(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Response(request, response);
        } catch (TimeoutException e) {
            throw new SocketTimeoutException("no complete answer from " + request.url().getHost() + " within "
                    + limits.requestTimeout().toSeconds() + "s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new SocketTimeoutException(cause.getMessage());
            }
            if (cause instanceof java.net.ConnectException || cause instanceof java.io.EOFException) {
                // A refused or dropped connection is as transient as a timeout; github-api retries socket errors.
                throw new java.net.SocketException(cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
            throw cause instanceof IOException io ? io : new IOException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while calling GitHub");
        }
    }

    private static final class Response extends GitHubConnectorResponse {
        private final byte[] body;

        Response(GitHubConnectorRequest request, HttpResponse<byte[]> response) {
            super(request, response.statusCode(), response.headers().map());
            this.body = response.body();
        }

        @Override
        public InputStream bodyStream() throws IOException {
            return wrapStream(new ByteArrayInputStream(body == null ? new byte[0] : body));
        }

        @Override
        public void close() {
            // The body is in memory: nothing to release.
        }
    }
}
