package org.cifailureagent.evidence;

/**
 * Python's traceback: a header, indented frames, and the exception that says what went wrong on the first line that
 * is not indented. The frames run to dozens of lines, so the exception lies far below the header.
 */
public final class PythonTraceback {
    /** Beyond this many lines below its header, a traceback's exception is not looked for. */
    static final int MAX_LINES = 60;
    private static final String HEADER = "Traceback (most recent call last):";

    private PythonTraceback() {
    }

    public static boolean isHeader(String text) {
        return text.strip().equals(HEADER);
    }

    /** Whether a line below the header ends the traceback: its exception, or a blank line where none was printed. */
    public static boolean ends(String lineBelowHeader) {
        return lineBelowHeader.isBlank() || !Character.isWhitespace(lineBelowHeader.charAt(0));
    }
}
