package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/** pytest's failure location line: {@code tests/test_x.py:12: AssertionError}. */
final class PytestFormat implements LineFormat {
    private static final Pattern LOCATION = Pattern.compile("^(\\S+\\.py):(\\d+): (\\w[\\w.]*)$");

    @Override
    public List<Location> find(LogBlock block) {
        List<Location> found = new ArrayList<>();
        for (NormalizedLine line : block.lines()) {
            Matcher m = LOCATION.matcher(line.text());
            if (m.matches()) {
                found.add(Frames.at(line, m.group(1), Integer.parseInt(m.group(2)), null, m.group(3), "pytest"));
            }
        }
        return found;
    }
}
