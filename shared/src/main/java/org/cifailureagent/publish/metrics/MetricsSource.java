package org.cifailureagent.publish.metrics;

import java.util.Locale;
import java.util.Map;

/**
 * Where an analysis ran; the {@code source} label. A fixed set, so the label's cardinality is bounded. Only the
 * Jenkins controller lives long enough to keep real counters; the others run once per failed build.
 */
public enum MetricsSource {
    GITHUB(false),
    CLI(false),
    JENKINS(true);

    private final boolean longLived;

    MetricsSource(boolean longLived) {
        this.longLived = longLived;
    }

    public boolean longLived() {
        return longLived;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The command line inside a GitHub Actions job reports as {@link #GITHUB}, anywhere else as {@link #CLI}. */
    public static MetricsSource forCommandLine(Map<String, String> environment) {
        return "true".equals(environment.get("GITHUB_ACTIONS")) ? GITHUB : CLI;
    }
}
