package org.cifailureagent.workspace;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the file locations in a failure's text (stack trace, traceback, assertion report) in order, and picks the
 * first one that is a file of the project's own: library and runtime frames name files that are not in the
 * workspace (or only under skipped folders such as node_modules), so they do not resolve.
 */
final class StackFrames {
    /** JVM frame: {@code at com.example.Calc.add(Calc.java:5)}; the package gives the file's folder. */
    private static final Pattern JVM = Pattern.compile(
            "at ([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\.[\\w$<>]+\\(([\\w$-]+\\.(?:java|kt|scala|groovy)):(\\d{1,9})\\)");
    /** Python traceback ({@code File "x.py", line 5}) or pytest's short form ({@code tests/x.py:5: AssertionError}). */
    private static final Pattern PYTHON = Pattern.compile(
            "(?:File \"([^\"]+\\.py)\", line (\\d{1,9}))|(?:^|\\s)([\\w./\\\\-]+\\.py):(\\d{1,9})(?::|$)");
    /** Node frame {@code (/abs/calc.test.js:5:17)}, go {@code calc_test.go:12:}, Rust {@code src/lib.rs:10:5}. */
    private static final Pattern OTHER = Pattern.compile(
            "([\\w./\\\\@-]+\\.(?:[cm]?[jt]sx?|go|rs|rb|cs|cpp|cc|c|swift)):(\\d{1,9})");
    private static final int MAX_SCANNED = 64 * 1024;

    private StackFrames() {
    }

    static SourceLine firstInProject(String text, WorkspaceFiles files) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String scanned = text.length() > MAX_SCANNED ? text.substring(0, MAX_SCANNED) : text;
        for (String line : scanned.split("\n")) {
            for (SourceLine candidate : candidates(line)) {
                String path = files.resolve(candidate.file());
                if (path != null) {
                    return new SourceLine(path, candidate.line());
                }
            }
        }
        return null;
    }

    private static List<SourceLine> candidates(String line) {
        List<SourceLine> found = new ArrayList<>();
        Matcher jvm = JVM.matcher(line);
        while (jvm.find()) {
            String className = jvm.group(1);
            int lastDot = className.lastIndexOf('.');
            String folder = lastDot < 0 ? "" : className.substring(0, lastDot).replace('.', '/') + "/";
            found.add(new SourceLine(folder + jvm.group(2), Integer.valueOf(jvm.group(3))));
        }
        if (!found.isEmpty()) {
            return found;
        }
        Matcher py = PYTHON.matcher(line);
        while (py.find()) {
            boolean traceback = py.group(1) != null;
            found.add(new SourceLine(traceback ? py.group(1) : py.group(3),
                    Integer.valueOf(traceback ? py.group(2) : py.group(4))));
        }
        if (!found.isEmpty()) {
            return found;
        }
        Matcher other = OTHER.matcher(line);
        while (other.find()) {
            found.add(new SourceLine(other.group(1), Integer.valueOf(other.group(2))));
        }
        return found;
    }
}
