package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * spotbugs-maven-plugin's console lines: {@code [ERROR] Medium: Possible null pointer dereference ... [com.example.App]
 * Dereferenced at App.java:[line 7]Known null at App.java:[line 6] NP_NULL_ON_SOME_PATH}. The first line named is
 * the location; the file is the class's package as a directory plus the printed file name.
 */
final class MavenSpotBugsFormat implements LineFormat {
    private static final Pattern BUG = Pattern.compile(
            "^\\[(?:ERROR|WARNING|INFO)\\] (?:High|Medium|Low|Scariest|Scary|Troubling|Of Concern): "
                    + "(.+?) \\[([\\w.$]+)[^\\]]*\\]"
                    + ".*?([\\w$]+\\.(?:java|kt|scala|groovy)):\\[lines? (\\d+)(?:-\\d+)?\\].* ([A-Z][A-Z0-9_]+)$");

    @Override
    public List<Location> find(LogBlock block) {
        List<Location> found = new ArrayList<>();
        for (NormalizedLine line : block.lines()) {
            Matcher m = BUG.matcher(line.text());
            if (m.matches()) {
                String packageDirs = JavaClasses.packageDirectories(m.group(2));
                found.add(Frames.at(line, packageDirs + m.group(3), Integer.parseInt(m.group(4)), null,
                        m.group(5) + ": " + m.group(1), "spotbugs"));
            }
        }
        return found;
    }
}
