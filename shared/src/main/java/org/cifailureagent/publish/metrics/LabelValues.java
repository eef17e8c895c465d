package org.cifailureagent.publish.metrics;

import java.util.regex.Pattern;
import org.cifailureagent.report.Redactor;

/**
 * Makes a free-form name (a pipeline, a version, a user's {@code --label} value) safe as a label value: redacted
 * first, then reduced to a short run of plain characters so that no log text or secret can ride along.
 */
public final class LabelValues {
    static final int MAX_LENGTH = 100;
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._:/-]+");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Redactor REDACTOR = Redactor.none();

    private LabelValues() {
    }

    /** The sanitized value; {@code unknown} when nothing is left. */
    public static String sanitize(String value) {
        if (value == null) {
            return "unknown";
        }
        String redacted = REDACTOR.redact(value.strip());
        String safe = UNSAFE.matcher(redacted).replaceAll("_");
        if (safe.length() > MAX_LENGTH) {
            safe = safe.substring(0, MAX_LENGTH);
        }
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '_') ? "unknown" : safe;
    }

    /** A label name as Prometheus accepts it, not reserved ({@code __}) and not one this package sets itself. */
    public static boolean isUsableName(String name) {
        return name != null && LABEL_NAME.matcher(name).matches() && !name.startsWith("__")
                && !MetricLabels.RESERVED.contains(name);
    }
}
