package org.cifailureagent.normalize;

import java.util.function.Consumer;
import org.cifailureagent.read.LogLine;

/**
 * Removes what CI systems and terminals add around tool output, line by line, keeping the line's number. Every check
 * looks at a first character before doing any work, because this runs on every line of logs of gigabytes. One
 * instance reads one log from its first line on: it follows GitHub's step header groups ({@link GitHubStepHeader}).
 */
public final class Normalizer {
    private static final char ESC = '\u001b';
    private static final String JENKINS_NOTE_START = ESC + "[8mha:";
    private static final String JENKINS_NOTE_END = ESC + "[0m";

    private final Consumer<String> maskedValues;
    private final GitHubStepHeader stepHeader = new GitHubStepHeader();

    /** @param maskedValues receives the values of {@code ::add-mask::} lines, which must never be shown again */
    public Normalizer(Consumer<String> maskedValues) {
        this.maskedValues = maskedValues;
    }

    public NormalizedLine normalize(LogLine line) {
        String text = line.text();
        if (text.indexOf(ESC) >= 0) {
            text = stripJenkinsNotes(text);
            text = Ansi.strip(text);
        }
        if (text.indexOf('\r') >= 0) {
            text = lastProgressFrame(text);
        }
        text = GitHubTimestamp.strip(text);
        NormalizedLine framed = WorkflowMarkers.parse(line, text, maskedValues);
        if (framed == null) {
            framed = new NormalizedLine(line.source(), line.number(), stripTrailingSpace(text),
                    JenkinsFraming.kindOf(text), line.truncated(), null, 0);
        }
        return stepHeader.read(framed);
    }

    static String stripJenkinsNotes(String text) {
        int start = text.indexOf(JENKINS_NOTE_START);
        if (start < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (start >= 0) {
            out.append(text, from, start);
            int end = text.indexOf(JENKINS_NOTE_END, start + JENKINS_NOTE_START.length());
            if (end < 0) {
                from = text.length();
                break;
            }
            from = end + JENKINS_NOTE_END.length();
            start = text.indexOf(JENKINS_NOTE_START, from);
        }
        out.append(text, from, text.length());
        return out.toString();
    }

    /** A bare CR rewrites the terminal line: what stays visible is the last non-empty frame. */
    static String lastProgressFrame(String text) {
        int end = text.length();
        while (end > 0) {
            int cr = text.lastIndexOf('\r', end - 1);
            String frame = text.substring(cr + 1, end);
            if (!frame.isBlank()) {
                return frame;
            }
            if (cr < 0) {
                break;
            }
            end = cr;
        }
        return "";
    }

    private static String stripTrailingSpace(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end == text.length() ? text : text.substring(0, end);
    }
}
