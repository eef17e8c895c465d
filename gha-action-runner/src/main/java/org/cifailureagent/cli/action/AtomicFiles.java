package org.cifailureagent.cli.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a whole file or nothing: a full disk or a read-only folder must not leave half a report behind for a later
 * step (or the next run's history) to read. The text goes to a temporary file beside the target, which is moved over
 * it, and removed when anything fails.
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void write(Path file, String text) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
