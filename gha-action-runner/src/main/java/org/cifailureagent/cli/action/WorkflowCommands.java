package org.cifailureagent.cli.action;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GitHub workflow commands ({@code ::error file=…,line=…,title=…::message}) with the escaping the runner expects:
 * {@code %}, CR and LF in the message; also {@code :} and {@code ,} in properties. An escaped command is one line,
 * so untrusted text inside it cannot start another command.
 */
final class WorkflowCommands {
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkflowCommands() {
    }

    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** {@code level} is error, warning or notice; null properties are left out. */
    static String annotation(String level, Map<String, Object> properties, String message) {
        StringBuilder command = new StringBuilder("::").append(level);
        String separator = " ";
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            if (property.getValue() != null) {
                command.append(separator).append(property.getKey()).append('=')
                        .append(escapeProperty(String.valueOf(property.getValue())));
                separator = ",";
            }
        }
        return command.append("::").append(escapeData(message)).toString();
    }

    static Map<String, Object> properties(String title, String file, Integer line, Integer column) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("file", file);
        properties.put("line", line);
        properties.put("col", column);
        properties.put("title", title);
        return properties;
    }

    /**
     * A fresh token for {@code ::stop-commands::}: the runner ignores workflow commands until it sees
     * {@code ::token::}, so log text printed in between cannot issue commands. Random, so a log cannot guess it.
     */
    static String stopToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "cifa" + HexFormat.of().formatHex(bytes);
    }
}
