package org.cifailureagent.evidence;

/** What the error keywords say of a line, for the summary: whether it reads as a failure's cause. */
public final class ErrorWords {
    /** Weightier than {@code warning} or {@code expected}: {@code missing}, {@code cannot}, {@code error} … */
    private static final int MIN_WEIGHT = 2;

    private ErrorWords() {
    }

    /**
     * Whether an error word says something went wrong in the line ({@code npm error audit endpoint returned an
     * error}), and the line is neither a warning nor a consequence (a build's result, a step's exit).
     */
    public static boolean readAsCause(String text) {
        ErrorKeywords.Reading reading = ErrorKeywords.read(text);
        return reading.weight() >= MIN_WEIGHT && !reading.warning() && !reading.consequence();
    }
}
