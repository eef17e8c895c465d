package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * maven-pmd-plugin's console lines: {@code [WARNING] PMD Failure: com.example.App:7 Rule:SystemPrintln Priority:2
 * Usage of System.out/err.} The class becomes its source file's path ({@code com/example/App.java}).
 */
final class MavenPmdFormat implements LineFormat {
    private static final Pattern FAILURE = Pattern.compile(
            "PMD Failure: ([\\w.$]+):(\\d+) Rule:(\\w+) Priority:\\d+ (.*)$");

    @Override
    public List<Location> find(LogBlock block) {
        List<Location> found = new ArrayList<>();
        for (NormalizedLine line : block.lines()) {
            Matcher m = FAILURE.matcher(line.text());
            if (m.find()) {
                found.add(Frames.at(line, JavaClasses.sourceFile(m.group(1)), Integer.parseInt(m.group(2)), null,
                        m.group(3) + ": " + m.group(4), "pmd"));
            }
        }
        return found;
    }
}
