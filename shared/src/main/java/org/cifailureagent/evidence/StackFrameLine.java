package org.cifailureagent.evidence;

import com.google.re2j.Pattern;

/**
 * A frame of a stack trace, indented under its error: Java's and Node.js's {@code at ...}, Python's
 * {@code File "...", line N}. It says where an error passed, not what the error was.
 */
public final class StackFrameLine {
    private static final Pattern FRAME = Pattern.compile("^\\s+(at |File \")");

    private StackFrameLine() {
    }

    public static boolean matches(String text) {
        return FRAME.matcher(text).find();
    }
}
