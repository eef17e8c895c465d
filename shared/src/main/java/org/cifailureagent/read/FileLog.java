package org.cifailureagent.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A single log file, plain or gzip-compressed. */
final class FileLog implements BuildLog {
    private final String name;
    private final Path path;
    private final LineSplitter splitter;

    FileLog(String name, Path path, LineSplitter splitter) {
        this.name = name;
        this.path = path;
        this.splitter = splitter;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(LineSink sink) throws IOException {
        try (Sources.Text text = Sources.textOf(Files.newInputStream(path))) {
            Sources.split(text, name, splitter, sink);
        }
    }
}
