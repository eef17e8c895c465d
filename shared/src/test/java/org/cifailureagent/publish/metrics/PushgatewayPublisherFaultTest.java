package org.cifailureagent.publish.metrics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit.WireMockRule;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cifailureagent.taxonomy.Category;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Publishing never throws and never outlasts its deadline, whatever the Pushgateway does. */
public class PushgatewayPublisherFaultTest {
    private static final AnalysisMetrics ANALYSIS = new AnalysisMetrics(MetricsSource.CLI, "shop/ci", Category.TEST,
            0.8, 1.5, 0, "none", "1", Instant.parse("2026-11-26T10:00:00Z"));
    private static final Map<String, String> PIPELINE = Map.of("pipeline", "shop/ci");

    @Rule
    public WireMockRule wireMock = new WireMockRule(options().dynamicPort().bindAddress("127.0.0.1"));

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void pushesWithBasicAuthToThePipelineGroup() {
        wireMock.stubFor(put(urlEqualTo("/metrics/job/ci_failure_agent/pipeline@base64/c2hvcC9jaQ=="))
                .willReturn(aResponse().withStatus(200)));

        Optional<String> warning = publisher(wireMock.baseUrl(), new PushgatewayCredentials.Basic("agent", "s3cret"),
                Duration.ofSeconds(5)).push(RunMetrics.of(ANALYSIS, null), PIPELINE);

        assertThat(warning).isEmpty();
        wireMock.verify(putRequestedFor(urlEqualTo("/metrics/job/ci_failure_agent/pipeline@base64/c2hvcC9jaQ=="))
                .withHeader("Authorization", equalTo("Basic YWdlbnQ6czNjcmV0")));
    }

    @Test
    public void sendsTheBearerToken() {
        wireMock.stubFor(put(urlEqualTo("/metrics/job/ci_failure_agent/pipeline@base64/c2hvcC9jaQ=="))
                .willReturn(aResponse().withStatus(200)));

        Optional<String> warning = publisher(wireMock.baseUrl(), new PushgatewayCredentials.Bearer("tok-123"),
                Duration.ofSeconds(5)).push(RunMetrics.of(ANALYSIS, null), PIPELINE);

        assertThat(warning).isEmpty();
        wireMock.verify(putRequestedFor(urlEqualTo("/metrics/job/ci_failure_agent/pipeline@base64/c2hvcC9jaQ=="))
                .withHeader("Authorization", equalTo("Bearer tok-123")));
    }

    @Test
    public void pushgatewayNotRunningIsAWarningAfterBoundedRetries() throws Exception {
        int closedPort = LocalPrometheus.freePort();

        long start = System.nanoTime();
        Optional<String> warning = publisher("http://127.0.0.1:" + closedPort, new PushgatewayCredentials.None(),
                Duration.ofSeconds(5)).push(RunMetrics.of(ANALYSIS, null), PIPELINE);

        assertThat(warning).get().asString().contains("metrics not pushed").contains("Connection refused")
                .doesNotContain("Failed to push");
        // Three attempts with 200 ms and 400 ms pauses between them.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(550),
                Duration.ofSeconds(5));
    }

    @Test
    public void slowPushgatewayIsCutOffByTheDeadline() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        accepted.add(silent.accept());  // accepts, reads nothing, never answers
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            PushgatewayConfig config = PushgatewayConfig.of("http://127.0.0.1:" + silent.getLocalPort(),
                    PushgatewayConfig.DEFAULT_JOB, Map.of(), new PushgatewayCredentials.None())
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMillis(1500), 3);

            long start = System.nanoTime();
            Optional<String> warning = new PushgatewayPublisher(config).push(RunMetrics.of(ANALYSIS, null), PIPELINE);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(warning).get().asString().contains("no answer within 1500 ms");
            assertThat(took).isBetween(Duration.ofMillis(1400), Duration.ofMillis(3000));
            assertThat(accepted).isNotEmpty();
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    public void readTimeoutEndsEachAttempt() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // Unaccepted connections still complete the TCP handshake (backlog), so only the read timeout ends them.
            PushgatewayConfig config = PushgatewayConfig.of("http://127.0.0.1:" + silent.getLocalPort(),
                    PushgatewayConfig.DEFAULT_JOB, Map.of(), new PushgatewayCredentials.None())
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(10), 2);

            Optional<String> warning = new PushgatewayPublisher(config).push(RunMetrics.of(ANALYSIS, null), PIPELINE);

            assertThat(warning).get().asString().contains("Read timed out");
        }
    }

    @Test
    public void serverErrorIsRetriedThenAWarning() {
        wireMock.stubFor(put(urlEqualTo("/metrics/job/ci_failure_agent/pipeline@base64/c2hvcC9jaQ=="))
                .willReturn(aResponse().withStatus(500).withBody("storage full")));

        Optional<String> warning = publisher(wireMock.baseUrl(), new PushgatewayCredentials.None(),
                Duration.ofSeconds(5)).push(RunMetrics.of(ANALYSIS, null), PIPELINE);

        assertThat(warning).get().asString().contains("500").contains("storage full");
        wireMock.verify(3, putRequestedFor(urlEqualTo(
                "/metrics/job/ci_failure_agent/pipeline@base64/c2hvcC9jaQ==")));
    }

    @Test
    public void wrongCredentialsOnARealPushgatewayAreAWarningWithoutRetry() throws Exception {
        Path webConfig = temp.newFile("web.yml").toPath();
        try (var in = getClass().getResourceAsStream("pushgateway-web-config.yml")) {
            Files.write(webConfig, in.readAllBytes());
        }
        try (LocalPrometheus.Service pushgateway = LocalPrometheus.pushgateway(temp.newFolder().toPath(),
                "--web.config.file=" + webConfig)) {
            String url = "http://127.0.0.1:" + pushgateway.port();

            Optional<String> wrong = publisher(url, new PushgatewayCredentials.Basic("agent", "wrong-password"),
                    Duration.ofSeconds(5)).push(RunMetrics.of(ANALYSIS, null), PIPELINE);
            Optional<String> right = publisher(url, new PushgatewayCredentials.Basic("agent", "right-password"),
                    Duration.ofSeconds(5)).push(RunMetrics.of(ANALYSIS, null), PIPELINE);

            assertThat(wrong).get().asString().contains("401").doesNotContain("wrong-password");
            assertThat(right).isEmpty();
        }
    }

    private static PushgatewayPublisher publisher(String url, PushgatewayCredentials credentials, Duration deadline) {
        PushgatewayConfig config = PushgatewayConfig.of(url, PushgatewayConfig.DEFAULT_JOB, Map.of(), credentials)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), deadline, 3);
        return new PushgatewayPublisher(config);
    }
}
