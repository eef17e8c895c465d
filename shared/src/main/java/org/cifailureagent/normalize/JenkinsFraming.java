package org.cifailureagent.normalize;

/** Recognizes Jenkins Pipeline framing lines, which describe the pipeline rather than the build's tools. */
final class JenkinsFraming {
    private JenkinsFraming() {
    }

    static LineKind kindOf(String text) {
        if (text.startsWith("[Pipeline] ")) {
            return LineKind.PIPELINE;
        }
        if (text.startsWith("+ ")) {
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
