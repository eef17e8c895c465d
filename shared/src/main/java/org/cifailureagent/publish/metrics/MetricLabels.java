package org.cifailureagent.publish.metrics;

import java.util.Set;

/** The label names this package sets; a user's extra grouping labels may not reuse them. */
public final class MetricLabels {
    public static final String JOB = "job";
    public static final String INSTANCE = "instance";
    public static final String PIPELINE = "pipeline";
    public static final String SOURCE = "source";
    public static final String CATEGORY = "category";
    public static final String DIMENSION = "dimension";
    public static final String MODEL_VERSION = "model_version";
    public static final String RULES_VERSION = "rules_version";

    static final Set<String> RESERVED = Set.of(JOB, PIPELINE, SOURCE, CATEGORY, DIMENSION, MODEL_VERSION,
            RULES_VERSION, "le", "quantile");

    private MetricLabels() {
    }
}
