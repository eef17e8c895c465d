package org.cifailureagent.publish.metrics;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cifailureagent.taxonomy.Category;

/** What the code really emits, read from the text exposition of registries filled the way the code fills them. */
final class EmittedMetrics {
    static final ModelDrift FULL_DRIFT = new ModelDrift(0.3, 0.1, 0.2, 0.05);

    private EmittedMetrics() {
    }

    static AnalysisMetrics analysis(MetricsSource source) {
        return new AnalysisMetrics(source, "shop/ci", Category.INFRASTRUCTURE, 0.42, 0.7, 1, "model-3", "rules-9",
                Instant.parse("2026-11-26T10:00:00Z"));
    }

    /** Every metric of a run, drift included. */
    static PrometheusRegistry run() {
        return RunMetrics.of(analysis(MetricsSource.GITHUB), FULL_DRIFT);
    }

    /** A controller's registry after each kind of event. */
    static PrometheusRegistry controller() {
        CumulativeMetrics metrics = new CumulativeMetrics(MetricsSource.JENKINS);
        metrics.recordAnalysis(analysis(MetricsSource.JENKINS));
        metrics.recordFailedBuild();
        metrics.recordError();
        metrics.updateDrift(FULL_DRIFT);
        return metrics.registry();
    }

    static String exposition(PrometheusRegistry registry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape(), EscapingScheme.UNDERSCORE_ESCAPING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Family name → type, from the {@code # TYPE} lines. */
    static Map<String, String> types(PrometheusRegistry registry) {
        Map<String, String> types = new TreeMap<>();
        for (String line : exposition(registry).split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                types.put(parts[2], parts[3]);
            }
        }
        return types;
    }

    /** The names of the series (with {@code _total}, {@code _bucket}, {@code _info} and the like). */
    static Set<String> sampleNames(PrometheusRegistry... registries) {
        Set<String> names = new TreeSet<>();
        for (PrometheusRegistry registry : registries) {
            for (String line : exposition(registry).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.split("[{ ]", 2)[0]);
                }
            }
        }
        return names;
    }
}
