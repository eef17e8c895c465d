package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * shellcheck's default (tty) format: {@code In deploy.sh line 3:}, the script line, then a marker line whose
 * {@code ^} sits under the column, followed by {@code SC2086 (info): message}. One location per marker.
 */
final class ShellCheckFormat implements LineFormat {
    private static final Pattern HEADER = Pattern.compile("^In (.+) line (\\d+):$");
    private static final Pattern MARKER = Pattern.compile("^(\\s*)\\^[-^]*\\^? (SC\\d+) \\((\\w+)\\): (.*)$");
    private static final int MAX_MARKERS_AWAY = 12;

    @Override
    public List<Location> find(LogBlock block) {
        List<NormalizedLine> lines = block.lines();
        List<Location> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher header = HEADER.matcher(lines.get(i).text());
            if (!header.matches()) {
                continue;
            }
            for (int j = i + 1; j < Math.min(lines.size(), i + MAX_MARKERS_AWAY); j++) {
                String text = lines.get(j).text();
                if (HEADER.matcher(text).matches()) {
                    break;
                }
                Matcher marker = MARKER.matcher(text);
                if (marker.matches()) {
                    found.add(Frames.at(lines.get(i), header.group(1), Integer.parseInt(header.group(2)),
                            marker.group(1).length() + 1, marker.group(2) + ": " + marker.group(4), "shellcheck"));
                }
            }
        }
        return found;
    }
}
