package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * eslint's default "stylish" format: a line holding just the file's path, then one indented line per problem,
 * {@code   3:7  error  message  rule-id}. The location's log line is the problem's line.
 */
final class EslintStylishFormat implements LineFormat {
    private static final Pattern FILE = Pattern.compile("^(\\S+\\.(?:[cm]?[jt]sx?|vue|svelte|json|md))$");
    private static final Pattern PROBLEM =
            Pattern.compile("^\\s+(\\d+):(\\d+)\\s+(error|warning)\\s+(.+?)(?:\\s{2,}(\\S+))?$");

    @Override
    public List<Location> find(LogBlock block) {
        List<Location> found = new ArrayList<>();
        String file = null;
        for (NormalizedLine line : block.lines()) {
            String text = line.text();
            Matcher header = FILE.matcher(text);
            if (header.matches()) {
                file = header.group(1);
                continue;
            }
            Matcher problem = file == null ? null : PROBLEM.matcher(text);
            if (problem == null || !problem.matches()) {
                file = text.isBlank() ? null : file;
                continue;
            }
            String rule = problem.group(5) == null ? "" : " (" + problem.group(5) + ")";
            found.add(Frames.at(line, file, Integer.parseInt(problem.group(1)), Integer.parseInt(problem.group(2)),
                    problem.group(4) + rule, "eslint"));
        }
        return found;
    }
}
