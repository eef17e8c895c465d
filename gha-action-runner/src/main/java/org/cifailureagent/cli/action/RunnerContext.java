package org.cifailureagent.cli.action;

import java.util.Map;

/** What the runner tells every step through {@code GITHUB_*} environment variables; any may be null. */
record RunnerContext(
        String apiUrl,
        String serverUrl,
        String repository,
        Long runId,
        Integer runAttempt,
        String workflow,
        String job,
        String sha,
        String eventName,
        String eventPath,
        String workspace,
        String outputFile,
        String summaryFile) {

    static RunnerContext from(Map<String, String> env) {
        return new RunnerContext(
                value(env, "GITHUB_API_URL", "https://api.github.com"),
                value(env, "GITHUB_SERVER_URL", "https://github.com"),
                value(env, "GITHUB_REPOSITORY", null),
                longValue(env.get("GITHUB_RUN_ID")),
                longValue(env.get("GITHUB_RUN_ATTEMPT")) == null ? null
                        : longValue(env.get("GITHUB_RUN_ATTEMPT")).intValue(),
                value(env, "GITHUB_WORKFLOW", null),
                value(env, "GITHUB_JOB", null),
                value(env, "GITHUB_SHA", null),
                value(env, "GITHUB_EVENT_NAME", null),
                value(env, "GITHUB_EVENT_PATH", null),
                value(env, "GITHUB_WORKSPACE", null),
                value(env, "GITHUB_OUTPUT", null),
                value(env, "GITHUB_STEP_SUMMARY", null));
    }

    String runUrl(long run) {
        return repository == null ? null : serverUrl + "/" + repository + "/actions/runs/" + run;
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static Long longValue(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
