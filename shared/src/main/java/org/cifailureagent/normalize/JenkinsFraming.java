package org.cifailureagent.normalize;

/** Recognizes framing lines (Jenkins Pipeline, echoed commands), which describe the build rather than its tools' output. */
final class JenkinsFraming {
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
        return LineKind.OUTPUT;
    }

    /** The stage name of {@code [Pipeline] { (Build)}. */
    static String stageName(String text) {
        int open = text.indexOf("{ (");
        int close = text.lastIndexOf(')');
        return open >= 0 && close > open ? text.substring(open + 3, close) : text;
    }
}
