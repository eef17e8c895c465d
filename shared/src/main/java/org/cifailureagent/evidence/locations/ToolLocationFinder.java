package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LocationFinder;
import org.cifailureagent.evidence.LogBlock;

/**
 * Finds the places in the project that compilers, linters, test runners and stack traces name within the evidence
 * blocks: analysis-model's parsers for the formats it knows ({@link AnalysisModelTools}), small parsers of our own
 * for the rest. Each place is reported once, in log order, at most {@link #MAX_LOCATIONS} by default. Holds no
 * mutable state, so one instance serves any number of threads.
 */
public final class ToolLocationFinder implements LocationFinder {
    public static final int MAX_LOCATIONS = 50;

    private static final List<LineFormat> OWN_FORMATS = List.of(
            new TscPrettyFormat(), new EslintStylishFormat(), new PythonTracebackFormat(), new PytestFormat(),
            new NodeErrorHeaderFormat(), new NodeStackFormat(), new JvmStackFormat(), new RustPanicFormat(),
            new GhcFormat(), new ShellCheckFormat(), new MavenPmdFormat(), new MavenSpotBugsFormat());

    private final int maxLocations;

    public ToolLocationFinder() {
        this(MAX_LOCATIONS);
    }

    public ToolLocationFinder(int maxLocations) {
        this.maxLocations = maxLocations;
    }

    @Override
    public List<Location> find(List<LogBlock> blocks) {
        List<Location> all = new ArrayList<>();
        for (LogBlock block : blocks) {
            List<Location> inBlock = new ArrayList<>(AnalysisModelTools.find(block));
            for (LineFormat format : OWN_FORMATS) {
                inBlock.addAll(format.find(block));
            }
            // Stable: of two parsers naming the same place from the same line, the one that ran first stays first.
            inBlock.sort(Comparator.comparingLong(Location::number));
            all.addAll(inBlock);
        }
        return distinct(all);
    }

    /**
     * Drops repeats: the same file, line and message (Maven prints each compiler error twice), and a second parser's
     * reading of a place that a first one already took from the same log line.
     */
    private List<Location> distinct(List<Location> all) {
        Set<String> seen = new HashSet<>();
        List<Location> kept = new ArrayList<>();
        for (Location location : all) {
            String place = location.file() + ':' + location.line();
            boolean fresh = seen.add(place + ':' + location.column() + '\n' + location.message());
            fresh &= seen.add(location.source() + '\n' + location.number() + '\n' + place);
            if (fresh) {
                kept.add(location);
                if (kept.size() == maxLocations) {
                    break;
                }
            }
        }
        return kept;
    }
}
