package org.cifailureagent.cli.action;

import java.io.PrintStream;
import java.util.List;
import org.cifailureagent.report.Redactor;

/**
 * What the action prints to the step log. Everything is redacted first (the token and other secret inputs are
 * masked values); text that may come from the build's log is printed only between {@code ::stop-commands::}
 * markers, so a hostile log cannot issue workflow commands through us.
 */
final class Console {
    private final PrintStream out;
    private final Redactor redactor;

    Console(PrintStream out, Redactor redactor) {
        this.out = out;
        this.redactor = redactor;
    }

    /** Each line of {@code text} redacted on its own (the redactor works line by line). */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : "\n").append(redactor.redact(lines[i]));
        }
        return out.toString();
    }

    /** A warning annotation on the step: our own words, possibly quoting GitHub's answer. */
    void warning(String message) {
        out.println(WorkflowCommands.annotation("warning", WorkflowCommands.properties("CI Failure Agent", null,
                null, null), redact(message)));
    }

    /** A line of our own (it may name a job or run, never log text). */
    void info(String message) {
        out.println(redact(message));
    }

    /** A workflow command the action means to issue (annotations); its data is already escaped. */
    void command(String command) {
        out.println(redact(command));
    }

    /** Text that may hold log content: printed with workflow commands stopped. */
    void untrusted(List<String> lines) {
        String token = WorkflowCommands.stopToken();
        out.println("::stop-commands::" + token);
        for (String line : lines) {
            out.println(redact(line).replace('\r', ' '));
        }
        out.println("::" + token + "::");
    }

    void flush() {
        out.flush();
    }
}
