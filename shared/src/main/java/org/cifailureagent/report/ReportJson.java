package org.cifailureagent.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes reports as JSON (docs/report.schema.json). */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);

    private ReportJson() {
    }

    public static String pretty(Report report) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report must always serialize", e);
        }
    }

    public static String compact(Report report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report must always serialize", e);
        }
    }

    public static String prettyArray(java.util.List<Report> reports) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(reports);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report must always serialize", e);
        }
    }

    /** Reads a report written by this or a later schema version (unknown fields are ignored). */
    public static Report read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Report.class);
    }

    public static Report read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Report.class);
    }
}
