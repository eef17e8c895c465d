package org.cifailureagent.cli.action;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cifailureagent.read.BuildLog;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.read.LineSink;

/**
 * The {@code log-file} input: paths or globs, relative to the workspace, read in order as one build's log (each
 * file keeps its own name and line numbers).
 */
final class LogFiles {
    private static final int MAX_FILES = 1_000;

    private LogFiles() {
    }

    /** The files the patterns name, in pattern order then path order; a pattern that matches nothing is skipped. */
    static List<Path> resolve(Path workspace, List<String> patterns, List<String> problems) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String pattern : patterns) {
            Path direct = workspace.resolve(pattern);
            if (!hasGlob(pattern)) {
                if (Files.exists(direct)) {
                    files.add(direct);
                } else {
                    problems.add("log-file " + pattern + " does not exist");
                }
                continue;
            }
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            TreeSet<Path> matches = new TreeSet<>();
            try (Stream<Path> walk = Files.walk(workspace)) {
                walk.filter(Files::isRegularFile).filter(p -> matcher.matches(workspace.relativize(p)))
                        .limit(MAX_FILES).forEach(matches::add);
            }
            if (matches.isEmpty()) {
                problems.add("log-file " + pattern + " matches no file");
            }
            files.addAll(matches);
        }
        return files.stream().distinct().toList();
    }

    static BuildLog open(String name, List<Path> files) {
        List<BuildLog> logs = files.stream().map(f -> BuildLogs.open(f.toString(), InputStream.nullInputStream())).toList();
        return logs.size() == 1 ? logs.get(0) : new BuildLog() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void read(LineSink sink) throws IOException {
                for (BuildLog log : logs) {
                    log.read(sink);
                }
            }
        };
    }

    private static boolean hasGlob(String pattern) {
        return pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }
}
