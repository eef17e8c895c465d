package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Node.js stack frames as jest, mocha and node print them ({@code at Object.<anonymous> (src/sum.test.js:5:20)} or
 * {@code at src/x.js:5:20}): of each trace, the first frame outside node_modules and node's own modules. The
 * message is the error line above the trace when there is one.
 */
final class NodeStackFormat implements LineFormat {
    private static final Pattern FRAME = Pattern.compile(
            "^\\s*at (?:.*? \\()?((?:file://)?[^\\s()]+\\.(?:[cm]?[jt]sx?|vue|svelte)):(\\d+):(\\d+)\\)?\\s*$");
    private static final Pattern ANY_FRAME = Pattern.compile("^\\s*at \\S");
    /** Node's own modules: "node:fs" since Node 16, before that "internal/..." and bare core names. */
    private static final Pattern NODE_OWN = Pattern.compile("node:.*|internal/.*|(?:module|events|fs|timers|net|stream"
            + "|_stream_\\w+|child_process|bootstrap_node|node|vm|assert|tty|dns|https?|_https?_\\w+|zlib|_?tls\\w*"
            + "|readline|repl|cluster|domain|url|buffer|crypto)\\.js");
    private static final Pattern ERROR_LINE = Pattern.compile("^(?:\\w*Error\\b|expect\\().*");

    @Override
    public List<Location> find(LogBlock block) {
        List<NormalizedLine> lines = block.lines();
        List<Location> found = new ArrayList<>();
        boolean traceDone = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (!ANY_FRAME.matcher(text).find()) {
                traceDone = false;
                continue;
            }
            Matcher frame = FRAME.matcher(text);
            if (traceDone || !frame.matches() || frame.group(1).contains("node_modules/")
                    || NODE_OWN.matcher(frame.group(1)).matches()) {
                continue;
            }
            traceDone = true;
            String message = Frames.messageBefore(lines, i, 20, t -> ERROR_LINE.matcher(t).matches());
            found.add(Frames.at(lines.get(i), frame.group(1), Integer.parseInt(frame.group(2)),
                    Integer.parseInt(frame.group(3)), message, "node"));
        }
        return found;
    }
}
