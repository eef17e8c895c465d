package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * tsc's pretty format, its default on a terminal: {@code src/a.ts:3:7 - error TS2322: message}. (The plain format,
 * {@code src/a.ts(3,7): error TS2322:}, is analysis-model's msbuild parser's.)
 */
final class TscPrettyFormat implements LineFormat {
    private static final Pattern LINE = Pattern.compile("^(\\S+):(\\d+):(\\d+) - (?:error|warning) (TS\\d+): (.*)$");

    @Override
    public List<Location> find(LogBlock block) {
        List<Location> found = new ArrayList<>();
        for (NormalizedLine line : block.lines()) {
            Matcher m = LINE.matcher(line.text());
            if (m.matches()) {
                found.add(Frames.at(line, m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4) + ": " + m.group(5), "tsc"));
            }
        }
        return found;
    }
}
