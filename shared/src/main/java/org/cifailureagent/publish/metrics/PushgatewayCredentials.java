package org.cifailureagent.publish.metrics;

import java.util.Map;

/** How to authenticate to the Pushgateway. {@code toString} never shows a secret. */
public sealed interface PushgatewayCredentials {
    String USERNAME_VARIABLE = "CI_FAILURE_PUSHGATEWAY_USERNAME";
    String PASSWORD_VARIABLE = "CI_FAILURE_PUSHGATEWAY_PASSWORD";
    String TOKEN_VARIABLE = "CI_FAILURE_PUSHGATEWAY_TOKEN";

    record None() implements PushgatewayCredentials {
    }

    record Basic(String username, String password) implements PushgatewayCredentials {
        @Override
        public String toString() {
            return "Basic[username=" + username + ", password=***]";
        }
    }

    record Bearer(String token) implements PushgatewayCredentials {
        @Override
        public String toString() {
            return "Bearer[token=***]";
        }
    }

    /**
     * From the environment, never from the command line (where other users can read it): a token wins over a
     * username and password. A username without a password is a mistake the caller should hear about.
     */
    static PushgatewayCredentials fromEnvironment(Map<String, String> environment) {
        String token = nonBlank(environment.get(TOKEN_VARIABLE));
        String username = nonBlank(environment.get(USERNAME_VARIABLE));
        String password = environment.get(PASSWORD_VARIABLE);
        if (token != null) {
            return new Bearer(token);
        }
        if (username != null) {
            if (password == null) {
                throw new IllegalArgumentException(USERNAME_VARIABLE + " is set but " + PASSWORD_VARIABLE + " is not");
            }
            return new Basic(username, password);
        }
        return new None();
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
