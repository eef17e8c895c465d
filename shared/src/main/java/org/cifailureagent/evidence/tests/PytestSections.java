package org.cifailureagent.evidence.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * The errors of pytest's failure sections: under {@code ____ test_div ____} (or {@code ____ ERROR at setup of
 * test_div ____}) the test's traceback, whose first {@code E   } line is what went wrong. The line that names the
 * test (its verbose progress line, or the short summary that cuts the message at the terminal's width) is often
 * hundreds of lines from its section, far outside the evidence's blocks, so every line of the log is read here. One
 * instance reads one log; it keeps at most {@link #MAX_SECTIONS} errors.
 */
public final class PytestSections {
    static final int MAX_SECTIONS = 200;
    private static final Pattern HEADER = Pattern.compile("^_{3,} (?:ERROR at (?:setup|teardown) of )?(.+?) _{3,}$");
    private static final String CUT = "...";

    private final Map<String, String> errorByTitle = new HashMap<>();
    /** The section whose first error has not been read yet, or null. */
    private String awaitingError;

    public void accept(NormalizedLine line) {
        String text = line.text();
        if (text.startsWith("___")) {
            Matcher header = HEADER.matcher(text);
            if (header.matches()) {
                awaitingError = header.group(1);
                return;
            }
        }
        String error = awaitingError == null ? null : error(text);
        if (error != null) {
            if (errorByTitle.size() < MAX_SECTIONS) {
                errorByTitle.putIfAbsent(awaitingError, error);
            }
            awaitingError = null;
        }
    }

    /** Whether {@code text} heads a failure's section: its title in a rule of underscores. */
    public static boolean isHeader(String text) {
        return text.startsWith("___") && HEADER.matcher(text).matches();
    }

    /**
     * What an {@code E} line of a section says went wrong; null for any other line. A normalized line has no
     * trailing space, so pytest's blank {@code E} line is a bare {@code E} and says nothing.
     */
    public static String error(String text) {
        return text.startsWith("E ") ? text.substring(2).strip() : null;
    }

    /**
     * {@code tests}, each pytest test (named by node id) that has no message, or one pytest cut, given its section's
     * error. A cut message is only replaced by an error that begins with it.
     */
    public List<FailingTest> withErrors(List<FailingTest> tests) {
        List<FailingTest> completed = new ArrayList<>(tests.size());
        for (FailingTest test : tests) {
            String error = errorOf(test.name());
            String message = test.message();
            boolean takesError = error != null && (message == null || message.endsWith(CUT)
                    && error.startsWith(message.substring(0, message.length() - CUT.length())));
            completed.add(takesError ? new FailingTest(test.name(), error, test.source(), test.number()) : test);
        }
        return completed;
    }

    /** The error under the section pytest heads with the test's name: the node id after the file, dotted. */
    private String errorOf(String nodeId) {
        int file = nodeId.indexOf(".py::");
        return file < 0 ? null : errorByTitle.get(nodeId.substring(file + ".py::".length()).replace("::", "."));
    }
}
