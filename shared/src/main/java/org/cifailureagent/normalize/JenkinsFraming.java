package org.cifailureagent.normalize;

/** Recognizes framing lines (Jenkins Pipeline, echoed commands), which describe the build rather than its tools' output. */
final class JenkinsFraming {
    /**
     * Jenkins' git client echoes each git command it runs, {@code  > git fetch --tags … # timeout=10} (newer ones
     * also {@code  > git --version # 'git version 2.34.1'}). Its failures come on lines of their own ({@code ERROR:
     * Error fetching remote repo}, {@code hudson.plugins.git.GitException}); the echo only names the command, yet its
     * {@code timeout} made it a candidate in every Jenkins log.
     */
    private static final String GIT_CLIENT_COMMAND = "> git ";
    private static final String GIT_CLIENT_TIMEOUT = " # timeout=";
    private static final String GIT_CLIENT_VERSION = " # 'git version ";
    private JenkinsFraming() {
    }

    static LineKind kindOf(String text) {
        if (text.startsWith("[Pipeline] ")) {
            return LineKind.PIPELINE;
        }
        // Jenkins sh echoes "+ cmd" (set -x); Travis and many runners echo "$ cmd".
        if (text.startsWith("+ ") || text.startsWith("$ ")) {
            return LineKind.COMMAND;
        }
        if (isGitClientCommand(text)) {
            return LineKind.COMMAND;
        }
        return LineKind.OUTPUT;
    }

    private static boolean isGitClientCommand(String text) {
        int start = text.startsWith(" ") ? 1 : 0;
        return text.startsWith(GIT_CLIENT_COMMAND, start)
                && (text.contains(GIT_CLIENT_TIMEOUT) || text.contains(GIT_CLIENT_VERSION));
    }

    /** The stage name of {@code [Pipeline] { (Build)}. */
    static String stageName(String text) {
        int open = text.indexOf("{ (");
        int close = text.lastIndexOf(')');
        return open >= 0 && close > open ? text.substring(open + 3, close) : text;
    }
}
