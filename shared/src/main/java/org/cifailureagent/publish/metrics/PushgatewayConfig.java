package org.cifailureagent.publish.metrics;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where and how to push. The grouping key is {@code job} plus {@code groupingLabels} plus what each push adds
 * (the pipeline for a run, the instance for a controller); a push replaces everything under its key.
 *
 * @param url {@code http://host:port} or {@code https://host:port}, optionally with a path prefix
 * @param connectTimeout bound of the TCP connect of one attempt
 * @param readTimeout bound of waiting for the answer of one attempt
 * @param deadline bound of the whole push, all attempts and pauses included
 * @param attempts how many times to try when the Pushgateway is down or answers 5xx (4xx is not retried)
 */
public record PushgatewayConfig(URI url, String job, Map<String, String> groupingLabels,
                                PushgatewayCredentials credentials, Duration connectTimeout, Duration readTimeout,
                                Duration deadline, int attempts) {
    public static final String DEFAULT_JOB = "ci_failure_agent";
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(3);
    static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);
    static final int DEFAULT_ATTEMPTS = 3;

    public PushgatewayConfig {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("Pushgateway URL must start with http:// or https://: " + url);
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("Pushgateway URL has no host: " + url);
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Pushgateway URL must not carry credentials; set "
                    + PushgatewayCredentials.USERNAME_VARIABLE + "/" + PushgatewayCredentials.PASSWORD_VARIABLE
                    + " or " + PushgatewayCredentials.TOKEN_VARIABLE + " instead");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("Pushgateway URL must not have a query or fragment: " + url);
        }
        if (job == null || job.isBlank()) {
            throw new IllegalArgumentException("Pushgateway job name must not be empty");
        }
        for (String name : groupingLabels.keySet()) {
            if (!LabelValues.isUsableName(name)) {
                throw new IllegalArgumentException("label name '" + name + "' is not a Prometheus label name or is "
                        + "set by the agent itself");
            }
        }
        Map<String, String> sanitized = new LinkedHashMap<>();
        groupingLabels.forEach((name, value) -> sanitized.put(name, LabelValues.sanitize(value)));
        groupingLabels = Map.copyOf(sanitized);
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** The defaults: 2 s connect, 3 s read, 10 s overall, 3 attempts. */
    public static PushgatewayConfig of(String url, String job, Map<String, String> groupingLabels,
                                       PushgatewayCredentials credentials) {
        return new PushgatewayConfig(parse(url), LabelValues.sanitize(job), groupingLabels, credentials,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_DEADLINE, DEFAULT_ATTEMPTS);
    }

    public PushgatewayConfig withTimeouts(Duration connect, Duration read, Duration overall, int maxAttempts) {
        return new PushgatewayConfig(url, job, groupingLabels, credentials, connect, read, overall, maxAttempts);
    }

    /** The part of the URL the client library calls the address: host, port and path prefix. */
    String address() {
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        return url.getRawAuthority() + path;
    }

    private static URI parse(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getMessage());
        }
    }
}
