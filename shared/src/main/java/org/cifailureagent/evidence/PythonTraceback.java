package org.cifailureagent.evidence;

/**
 * Python's traceback: a header, indented frames, and the exception that says what went wrong on the first line that
 * is indented no deeper than the header (pip indents the output of a package's build, traceback and all, by six
 * spaces). The frames run to dozens of lines, so the exception lies far below the header.
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
    public static boolean ends(String header, String lineBelowHeader) {
        return lineBelowHeader.isBlank() || indent(lineBelowHeader) <= indent(header);
    }

    private static int indent(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
