package org.cifailureagent.cli.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;

/**
 * The runner's file commands: step outputs appended to {@code GITHUB_OUTPUT} in the documented multi-line form
 * ({@code name<<DELIMITER}, the value, {@code DELIMITER}) with a delimiter the value cannot contain, and the job
 * summary appended to {@code GITHUB_STEP_SUMMARY}.
 */
final class FileCommands {
    private FileCommands() {
    }

    static void writeOutputs(Path file, Map<String, String> outputs) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            String value = output.getValue() == null ? "" : output.getValue();
            String delimiter = delimiterFor(value);
            text.append(output.getKey()).append("<<").append(delimiter).append('\n')
                    .append(value).append('\n').append(delimiter).append('\n');
        }
        append(file, text.toString());
    }

    static void appendSummary(Path file, String markdown) throws IOException {
        append(file, markdown.endsWith("\n") ? markdown : markdown + "\n");
    }

    private static String delimiterFor(String value) {
        String delimiter;
        do {
            delimiter = "ghadelimiter_" + UUID.randomUUID();
        } while (value.contains(delimiter));
        return delimiter;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
