package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Python tracebacks: of each, the LAST frame ({@code File "x.py", line 3, in f}) in the project's own code, since
 * Python prints the innermost call last; frames of installed packages and the standard library are skipped. The
 * message is the exception line that ends the traceback.
 */
final class PythonTracebackFormat implements LineFormat {
    private static final Pattern FRAME = Pattern.compile("^\\s*File \"([^\"]+)\", line (\\d+)");
    private static final String[] FOREIGN = {"site-packages/", "dist-packages/", "/lib/python", "<frozen ", "<string>"};

    @Override
    public List<Location> find(LogBlock block) {
        List<NormalizedLine> lines = block.lines();
        List<Location> found = new ArrayList<>();
        int ownFrame = -1;
        Matcher ownMatch = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            Matcher frame = FRAME.matcher(text);
            if (frame.find()) {
                if (!isForeign(frame.group(1))) {
                    ownFrame = i;
                    ownMatch = frame;
                }
                continue;
            }
            boolean endsTrace = !text.isEmpty() && !Character.isWhitespace(text.charAt(0));
            if (endsTrace && ownFrame >= 0) {
                found.add(Frames.at(lines.get(ownFrame), ownMatch.group(1), Integer.parseInt(ownMatch.group(2)), null,
                        text.strip(), "python"));
                ownFrame = -1;
            }
        }
        if (ownFrame >= 0) {
            found.add(Frames.at(lines.get(ownFrame), ownMatch.group(1), Integer.parseInt(ownMatch.group(2)), null, null,
                    "python"));
        }
        return found;
    }

    private static boolean isForeign(String file) {
        for (String marker : FOREIGN) {
            if (file.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
