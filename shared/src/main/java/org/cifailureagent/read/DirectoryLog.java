package org.cifailureagent.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A directory of step logs: its regular text files, read in path order as the steps of one build. */
final class DirectoryLog implements BuildLog {
    private final String name;
    private final Path root;
    private final LineSplitter splitter;
    private final ReadLimits limits;

    DirectoryLog(String name, Path root, LineSplitter splitter, ReadLimits limits) {
        this.name = name;
        this.root = root;
        this.splitter = splitter;
        this.limits = limits;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean sourcesAreSteps() {
        return true;
    }

    @Override
    public void read(LineSink sink) throws IOException {
        List<Path> files;
        // Links are not followed, so a link cannot lead the reader outside the directory.
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString(), PathOrder.NATURAL))
                    .limit(limits.maxEntries() + 1L)
                    .collect(Collectors.toList());
        }
        if (files.size() > limits.maxEntries()) {
            throw new UnreadableInputException(name + ": more than " + limits.maxEntries() + " files");
        }
        for (Path file : files) {
            String source = root.relativize(file).toString().replace('\\', '/');
            try (Sources.Text text = Sources.textOf(Files.newInputStream(file))) {
                if (Sources.looksBinary(text)) {
                    sink.warning(source + " looks binary; skipped");
                    continue;
                }
                Sources.split(text, source, splitter, sink);
            }
        }
    }
}
