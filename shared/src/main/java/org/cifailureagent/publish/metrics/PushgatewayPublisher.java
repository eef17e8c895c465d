package org.cifailureagent.publish.metrics;

import io.prometheus.metrics.exporter.pushgateway.Format;
import io.prometheus.metrics.exporter.pushgateway.PushGateway;
import io.prometheus.metrics.exporter.pushgateway.Scheme;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.cifailureagent.report.Redactor;

/**
 * Pushes a registry to the Pushgateway with the official client. Publishing must never block or fail a build: each
 * attempt has connect and read timeouts, the whole push has a deadline, a down Pushgateway is retried a bounded
 * number of times, and every failure comes back as a one-line warning instead of an exception.
 */
public final class PushgatewayPublisher {
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Pattern CLIENT_ERROR = Pattern.compile("Response code from \\S+ was 4\\d\\d");
    /** The client's own preamble, which repeats what our warning already says. */
    private static final Pattern CLIENT_PREAMBLE = Pattern.compile(
            "^Failed to push metrics to the Prometheus Pushgateway on \\S+: ");
    private static final int MAX_WARNING_LENGTH = 300;

    private final PushgatewayConfig config;

    public PushgatewayPublisher(PushgatewayConfig config) {
        this.config = config;
    }

    /**
     * Replaces the metrics under the grouping key (the configured job and labels plus {@code groupingKey}) with the
     * registry's (HTTP PUT).
     *
     * @return empty when pushed, else a warning saying why the metrics were not pushed
     */
    public Optional<String> push(PrometheusRegistry registry, Map<String, String> groupingKey) {
        PushGateway gateway;
        try {
            gateway = gateway(registry, groupingKey);
        } catch (RuntimeException e) {
            return Optional.of(warning(e.getMessage()));
        }
        FutureTask<Optional<String>> task = new FutureTask<>(() -> pushWithRetries(gateway));
        Thread thread = new Thread(task, "pushgateway-push");
        // A push the deadline gave up on must not keep the JVM alive.
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(config.deadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return Optional.of(warning("no answer within " + config.deadline().toMillis() + " ms"));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.of(warning("interrupted"));
        } catch (ExecutionException e) {
            return Optional.of(warning(String.valueOf(e.getCause())));
        }
    }

    private Optional<String> pushWithRetries(PushGateway gateway) throws InterruptedException {
        long giveUpAt = System.nanoTime() + config.deadline().toNanos();
        Duration pause = FIRST_PAUSE;
        String lastError = null;
        for (int attempt = 1; attempt <= config.attempts(); attempt++) {
            try {
                gateway.push();
                return Optional.empty();
            } catch (IOException e) {
                lastError = e.getMessage();
                if (CLIENT_ERROR.matcher(String.valueOf(lastError)).find()) {
                    break;  // wrong credentials or a rejected push: trying again changes nothing
                }
            }
            if (attempt < config.attempts() && System.nanoTime() + pause.toNanos() < giveUpAt) {
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2);
            } else if (attempt < config.attempts()) {
                break;
            }
        }
        return Optional.of(warning(lastError));
    }

    private PushGateway gateway(PrometheusRegistry registry, Map<String, String> groupingKey) {
        PushGateway.Builder builder = PushGateway.builder()
                .address(config.address())
                .scheme("https".equals(config.url().getScheme()) ? Scheme.HTTPS : Scheme.HTTP)
                .job(config.job())
                .registry(registry)
                .format(Format.PROMETHEUS_PROTOBUF)
                .connectionTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout());
        Map<String, String> key = new TreeMap<>(config.groupingLabels());
        groupingKey.forEach((name, value) -> key.put(name, LabelValues.sanitize(value)));
        key.forEach(builder::groupingKey);
        if (config.credentials() instanceof PushgatewayCredentials.Basic basic) {
            builder.basicAuth(basic.username(), basic.password());
        } else if (config.credentials() instanceof PushgatewayCredentials.Bearer bearer) {
            builder.bearerToken(bearer.token());
        }
        return builder.build();
    }

    private String warning(String why) {
        String oneLine = Redactor.none().redact(String.valueOf(why)).replaceAll("\\s+", " ").strip();
        oneLine = CLIENT_PREAMBLE.matcher(oneLine).replaceFirst("");
        if (oneLine.length() > MAX_WARNING_LENGTH) {
            oneLine = oneLine.substring(0, MAX_WARNING_LENGTH) + "…";
        }
        return "metrics not pushed to the Pushgateway at " + config.url() + ": " + oneLine;
    }
}
