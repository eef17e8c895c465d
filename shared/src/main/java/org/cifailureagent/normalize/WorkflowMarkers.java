package org.cifailureagent.normalize;

import java.util.function.Consumer;
import org.cifailureagent.read.LogLine;

/**
 * GitHub's log markers ({@code ##[group]}, {@code ##[error]} …) and workflow commands ({@code ::error file=…::},
 * {@code ::add-mask::} …), as documented for GitHub Actions.
 */
final class WorkflowMarkers {
    private WorkflowMarkers() {
    }

    /** Returns the framed line, or null when {@code text} is not a marker. */
    static NormalizedLine parse(LogLine line, String text, Consumer<String> maskedValues) {
        if (text.startsWith("##[")) {
            return logMarker(line, text);
        }
        if (text.startsWith("::")) {
            return workflowCommand(line, text, maskedValues);
        }
        if (text.startsWith("[Pipeline] { (")) {
            return framed(line, JenkinsFraming.stageName(text), LineKind.SECTION_START);
        }
        return null;
    }

    private static NormalizedLine logMarker(LogLine line, String text) {
        int close = text.indexOf(']');
        if (close < 0) {
            return null;
        }
        String marker = text.substring(3, close);
        String rest = text.substring(close + 1).strip();
        return switch (marker) {
            case "group" -> framed(line, rest, LineKind.SECTION_START);
            case "endgroup" -> framed(line, rest, LineKind.SECTION_END);
            case "error" -> framed(line, rest, LineKind.CI_ERROR);
            case "warning" -> framed(line, rest, LineKind.CI_WARNING);
            case "command" -> framed(line, rest, LineKind.COMMAND);
            default -> framed(line, rest, LineKind.OUTPUT);
        };
    }

    private static NormalizedLine workflowCommand(LogLine line, String text, Consumer<String> maskedValues) {
        int end = text.indexOf("::", 2);
        if (end < 0) {
            return null;
        }
        String head = text.substring(2, end);
        String message = unescape(text.substring(end + 2));
        int space = head.indexOf(' ');
        String command = space < 0 ? head : head.substring(0, space);
        String properties = space < 0 ? "" : head.substring(space + 1);
        switch (command) {
            case "add-mask" -> {
                if (!message.isBlank()) {
                    maskedValues.accept(message.strip());
                }
                return framed(line, "::add-mask::***", LineKind.MASK);
            }
            case "group" -> {
                return framed(line, message, LineKind.SECTION_START);
            }
            case "endgroup" -> {
                return framed(line, "", LineKind.SECTION_END);
            }
            case "error", "warning", "notice" -> {
                LineKind kind = "error".equals(command) ? LineKind.CI_ERROR : LineKind.CI_WARNING;
                String file = property(properties, "file");
                String lineNumber = property(properties, "line");
                return new NormalizedLine(line.source(), line.number(), message, kind, line.truncated(), file,
                        parseInt(lineNumber));
            }
            default -> {
                return null;
            }
        }
    }

    private static NormalizedLine framed(LogLine line, String text, LineKind kind) {
        return new NormalizedLine(line.source(), line.number(), text, kind, line.truncated(), null, 0);
    }

    /** Property values are escaped as %25, %0D, %0A, %3A and %2C. */
    private static String property(String properties, String name) {
        for (String pair : properties.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().equals(name)) {
                return unescape(pair.substring(eq + 1).strip());
            }
        }
        return null;
    }

    private static String unescape(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        return value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
                .replace("%25", "%");
    }

    private static int parseInt(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
