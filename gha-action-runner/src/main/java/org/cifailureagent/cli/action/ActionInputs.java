package org.cifailureagent.cli.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The action's inputs as GitHub hands them to the program: environment variables {@code INPUT_<NAME>}, the name
 * upper-cased with spaces turned into underscores and hyphens kept ({@code INPUT_GITHUB-TOKEN}). A Docker action
 * and a composite wrapper pass them the same way. {@link #NAMES} must match action.yml (a test checks).
 */
record ActionInputs(
        String githubToken,
        String jobStatus,
        List<String> logFiles,
        String workspace,
        Long runId,
        CommentMode comment,
        boolean deleteCommentOnPass,
        boolean annotations,
        String rules,
        String model,
        String history,
        String pushgatewayUrl,
        String pushgatewayUsername,
        String pushgatewayPassword,
        boolean failOnError,
        List<String> problems) {

    static final List<String> NAMES = List.of("github-token", "job-status", "log-file", "workspace", "run-id",
            "comment", "comment-on-pass", "annotations", "rules", "model", "history", "pushgateway-url",
            "pushgateway-username", "pushgateway-password", "fail-on-error");

    enum CommentMode {
        ON_FAILURE, ALWAYS, OFF
    }

    static String envName(String input) {
        return "INPUT_" + input.replace(' ', '_').toUpperCase(Locale.ROOT);
    }

    /** Bad values become problems (warnings) and their defaults: an input typo must not turn the build red. */
    static ActionInputs from(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        Reader in = new Reader(env, problems);
        return new ActionInputs(
                in.text("github-token"),
                in.text("job-status") == null ? null : in.text("job-status").toLowerCase(Locale.ROOT),
                in.lines("log-file"),
                in.text("workspace"),
                in.number("run-id"),
                in.choice("comment", CommentMode.ON_FAILURE, Map.of("on-failure", CommentMode.ON_FAILURE,
                        "always", CommentMode.ALWAYS, "off", CommentMode.OFF)),
                in.choice("comment-on-pass", false, Map.of("update", false, "delete", true)),
                in.flag("annotations", true),
                in.text("rules"),
                in.text("model"),
                in.text("history"),
                in.text("pushgateway-url"),
                in.text("pushgateway-username"),
                in.text("pushgateway-password"),
                in.flag("fail-on-error", false),
                List.copyOf(problems));
    }

    private record Reader(Map<String, String> env, List<String> problems) {
        String text(String name) {
            String value = env.get(envName(name));
            return value == null || value.isBlank() ? null : value.trim();
        }

        /** One path or glob per line (commas also separate, as users often write them). */
        List<String> lines(String name) {
            String value = text(name);
            List<String> items = new ArrayList<>();
            if (value != null) {
                for (String item : value.split("[\\n,]")) {
                    if (!item.isBlank()) {
                        items.add(item.trim());
                    }
                }
            }
            return List.copyOf(items);
        }

        Long number(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                problems.add("input " + name + " is not a number: '" + value + "'; ignored");
                return null;
            }
        }

        boolean flag(String name, boolean fallback) {
            return choice(name, fallback, Map.of("true", true, "on", true, "yes", true, "false", false, "off", false,
                    "no", false));
        }

        <T> T choice(String name, T fallback, Map<String, T> allowed) {
            String value = text(name);
            if (value == null) {
                return fallback;
            }
            T chosen = allowed.get(value.toLowerCase(Locale.ROOT));
            if (chosen == null) {
                problems.add("input " + name + " must be one of " + new java.util.TreeSet<>(allowed.keySet())
                        + ", not '" + value + "'; using the default");
                return fallback;
            }
            return chosen;
        }
    }
}
