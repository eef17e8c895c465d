package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * JVM stack traces ({@code at com.example.AppTest.testX(AppTest.java:17)}): of each trace, the first frame in the
 * project's own code, i.e. not in the test framework, the build tool or the runtime. The file is the frame's
 * package as a directory plus the printed file name, which is what the workspace step needs to find it.
 */
final class JvmStackFormat implements LineFormat {
    private static final Pattern FRAME = Pattern.compile(
            "^\\s*at (?:[\\w.$]+/)?((?:[\\w$]+\\.)*)[\\w$<>]+\\.[\\w$<>]+"
                    + "\\(([\\w$-]+\\.(?:java|kt|scala|groovy)):(\\d+)\\)");
    private static final String[] FOREIGN = {
        "org.junit.", "junit.", "org.apache.maven.", "sun.", "java.", "javax.", "jdk.", "org.testng.",
        "org.gradle.", "kotlin.", "scala.", "org.opentest4j.", "org.assertj.", "org.hamcrest.", "worker.org.gradle.",
        "sbt.", "xsbt.", "org.scalatest.", "org.codehaus.plexus.", "org.jacoco.", "cucumber.runtime.", "io.cucumber.",
    };

    @Override
    public List<Location> find(LogBlock block) {
        List<NormalizedLine> lines = block.lines();
        List<Location> found = new ArrayList<>();
        int traceStart = -1;
        boolean traceDone = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            Matcher frame = FRAME.matcher(text);
            if (!frame.find()) {
                traceStart = -1;
                traceDone = false;
                continue;
            }
            if (traceStart < 0) {
                traceStart = i;
            }
            if (traceDone || isForeign(text.strip().substring(3))) {
                continue;
            }
            traceDone = true;
            String file = frame.group(1).replace('.', '/') + frame.group(2);
            found.add(Frames.at(lines.get(i), file, Integer.parseInt(frame.group(3)), null,
                    exceptionLine(lines, traceStart), "jvm"));
        }
        return found;
    }

    private static boolean isForeign(String qualified) {
        for (String prefix : FOREIGN) {
            if (qualified.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The exception line just above the trace's first frame. */
    private static String exceptionLine(List<NormalizedLine> lines, int firstFrame) {
        if (firstFrame == 0) {
            return null;
        }
        String text = lines.get(firstFrame - 1).text().strip();
        return text.isEmpty() || text.startsWith("at ") ? null : text;
    }
}
