package org.cifailureagent.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens what the user named as one build's log: a file, "-" for standard input, a directory or a zip. */
public final class BuildLogs {
    private static final int ZIP_MAGIC = 0x504b0304;

    private BuildLogs() {
    }

    public static BuildLog open(String input, InputStream stdin) {
        return open(input, stdin, new LineSplitter(), ReadLimits.DEFAULT);
    }

    public static BuildLog open(String input, InputStream stdin, LineSplitter splitter, ReadLimits limits) {
        if ("-".equals(input)) {
            return new StreamLog("-", stdin, splitter);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            return new DirectoryLog(input, path, splitter, limits);
        }
        if (!Files.isRegularFile(path)) {
            throw new UnreadableInputException(input + ": no such file or directory");
        }
        if (!Files.isReadable(path)) {
            throw new UnreadableInputException(input + ": not readable");
        }
        return isZip(path) ? new ZipLog(input, path, splitter, limits) : new FileLog(input, path, splitter);
    }

    private static boolean isZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && ((head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8
                    | (head[3] & 0xff)) == ZIP_MAGIC;
        } catch (IOException e) {
            throw new UnreadableInputException(path + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
