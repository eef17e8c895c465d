package org.cifailureagent.publish.metrics;

import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.Assume;

/**
 * Real Pushgateway, Prometheus and promtool processes for tests, from Debian's packages ({@code .ci/run} installs
 * them). Each process listens on a free loopback port with its own temporary storage and is stopped by the test.
 * Absent binaries skip a test on a developer machine and fail it under {@code CI=true}.
 */
final class LocalPrometheus {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalPrometheus() {
    }

    /** The first of the names found on the PATH (Debian calls the Pushgateway prometheus-pushgateway). */
    static Path binary(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        String message = String.join(" or ", names) + " not found on the PATH (apt-get install prometheus "
                + "prometheus-pushgateway; .ci/run does)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assume.assumeTrue(message, false);
        return null;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static Service pushgateway(Path dir, String... extraArgs) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(binary("prometheus-pushgateway", "pushgateway").toString(),
                "--web.listen-address=127.0.0.1:" + port,
                "--persistence.file=" + dir.resolve("pushgateway.data"),
                "--log.level=warn"));
        command.addAll(List.of(extraArgs));
        return Service.start(command, port, dir.resolve("pushgateway.log"));
    }

    /** Prometheus scraping the Pushgateway with the scrape configuration of docs/metrics.md, every second. */
    static Service prometheus(Path dir, int pushgatewayPort) throws Exception {
        int port = freePort();
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                scrape_configs:
                  - job_name: pushgateway
                    honor_labels: true
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                """.formatted(pushgatewayPort));
        Path storage = Files.createDirectories(dir.resolve("tsdb"));
        List<String> command = List.of(binary("prometheus").toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + storage,
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn");
        return Service.start(command, port, dir.resolve("prometheus.log"));
    }

    /** Runs promtool with the arguments; returns its exit status and output. */
    static ToolRun promtool(Path workingDir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(binary("promtool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("promtool did not finish within 60 s");
        }
        return new ToolRun(process.exitValue(), output);
    }

    record ToolRun(int exitCode, String output) {
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A running server process; closing it stops it. */
    static final class Service implements AutoCloseable {
        private final Process process;
        private final int port;
        private final Path log;

        private Service(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static Service start(List<String> command, int port, Path log) throws Exception {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Service service = new Service(process, port, log);
            long giveUpAt = System.nanoTime() + READY_TIMEOUT.toNanos();
            while (System.nanoTime() < giveUpAt) {
                if (!process.isAlive()) {
                    fail(command.get(0) + " exited with " + process.exitValue() + ": " + Files.readString(log));
                }
                try {
                    if (get(service.uri("/-/ready")).statusCode() < 500) {
                        return service;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(100);
            }
            service.close();
            fail(command.get(0) + " not ready within " + READY_TIMEOUT + ": " + Files.readString(log));
            return null;
        }

        int port() {
            return port;
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        /** An instant query against Prometheus's HTTP API; the {@code data.result} array. */
        JsonNode query(String promql) throws IOException, InterruptedException {
            HttpResponse<String> response = get(uri("/api/v1/query?query="
                    + URLEncoder.encode(promql, StandardCharsets.UTF_8)));
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
                throw new AssertionError("query failed (" + response.statusCode() + "): " + promql + " → "
                        + response.body());
            }
            return body.path("data").path("result");
        }

        /** Polls the query until the condition holds, at most the given time; the last result either way. */
        JsonNode awaitQuery(String promql, Predicate<JsonNode> condition, Duration atMost) throws Exception {
            long giveUpAt = System.nanoTime() + atMost.toNanos();
            JsonNode result = query(promql);
            while (!condition.test(result) && System.nanoTime() < giveUpAt) {
                Thread.sleep(200);
                result = query(promql);
            }
            return result;
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
