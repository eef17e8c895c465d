package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * The place Node.js names above an uncaught error: {@code /app/lib/config.js:4}, the source line, a caret under the
 * spot, then the error ({@code SyntaxError: Unexpected token '}'}). A syntax error's stack holds only Node's own frames
 * and the file that required the broken one, so the header is the one line that names where the error is. A header
 * in node_modules is a library rethrowing (coffeescript's compiler) and names no place in the project.
 */
final class NodeErrorHeaderFormat implements LineFormat {
    private static final Pattern HEADER = Pattern.compile("^(\\S+\\.(?:[cm]?[jt]sx?|vue|svelte)):(\\d+)$");
    private static final Pattern CARET = Pattern.compile("^(\\s*)\\^+\\s*$");
    /** The error comes after a blank line below the caret. */
    private static final int ERROR_REACH = 2;

    @Override
    public List<Location> find(LogBlock block) {
        List<NormalizedLine> lines = block.lines();
        List<Location> found = new ArrayList<>();
        for (int i = 0; i + 2 < lines.size(); i++) {
            Matcher header = HEADER.matcher(lines.get(i).text());
            Matcher caret = CARET.matcher(lines.get(i + 2).text());
            if (header.matches() && caret.matches() && !header.group(1).contains("node_modules/")) {
                found.add(Frames.at(lines.get(i), header.group(1), Integer.parseInt(header.group(2)),
                        caret.group(1).length() + 1, errorBelow(lines, i + 2), "node"));
            }
        }
        return found;
    }

    private static String errorBelow(List<NormalizedLine> lines, int caret) {
        for (int i = caret + 1; i < Math.min(lines.size(), caret + 1 + ERROR_REACH); i++) {
            String text = lines.get(i).text().strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }
}
