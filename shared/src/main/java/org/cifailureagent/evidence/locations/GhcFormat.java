package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * GHC's diagnostics: {@code src/Invoice.hs:8:23: error:} (a span {@code (8,1)-(9,20)} for several lines), with the
 * message on the indented lines under it, which gcc's format in analysis-model does not take. Under Haskell Stack each
 * line starts with the package's name ({@code invoice> }).
 */
final class GhcFormat implements LineFormat {
    private static final String PACKAGE = "(?:[\\w.-]+ *> )?";
    /** Haskell's sources, hsc2hs's, and the grammars of alex and happy, whose errors GHC reports in their lines. */
    private static final String EXTENSION = "\\.(?:hs|lhs|hs-boot|hsc|x|y)";
    private static final Pattern HASKELL_FILE = Pattern.compile(EXTENSION + "$");
    private static final Pattern DIAGNOSTIC = Pattern.compile("^" + PACKAGE + "(\\S+" + EXTENSION
            + "):(?:(\\d+):(\\d+)(?:-\\d+)?|\\((\\d+),(\\d+)\\)-\\(\\d+,\\d+\\)): (?:error|warning):(.*)$");
    private static final Pattern MESSAGE_LINE = Pattern.compile("^" + PACKAGE + "\\s+(?:• )?(\\S.*)$");

    /** Whether {@code file} (as another parser read it, perhaps with Stack's package name before it) is Haskell's. */
    static boolean isHaskell(String file) {
        return HASKELL_FILE.matcher(file).find();
    }

    @Override
    public List<Location> find(LogBlock block) {
        List<NormalizedLine> lines = block.lines();
        List<Location> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (!text.contains(": error:") && !text.contains(": warning:")) {
                continue;
            }
            Matcher m = DIAGNOSTIC.matcher(text);
            if (m.matches()) {
                boolean span = m.group(2) == null;
                int line = Integer.parseInt(span ? m.group(4) : m.group(2));
                int column = Integer.parseInt(span ? m.group(5) : m.group(3));
                found.add(Frames.at(lines.get(i), m.group(1), line, column, message(m.group(6), lines, i), "ghc"));
            }
        }
        return found;
    }

    /**
     * The text after the severity; when that is empty or only a warning's flags ({@code [-Wunused-imports]}), the
     * first line under it.
     */
    private static String message(String rest, List<NormalizedLine> lines, int index) {
        String same = rest.strip();
        if (!same.isEmpty() && !same.startsWith("[")) {
            return same;
        }
        if (index + 1 < lines.size()) {
            Matcher next = MESSAGE_LINE.matcher(lines.get(index + 1).text());
            if (next.matches()) {
                return next.group(1).strip();
            }
        }
        return same.isEmpty() ? null : same;
    }
}
