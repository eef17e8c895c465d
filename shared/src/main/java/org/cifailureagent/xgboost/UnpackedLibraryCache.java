package org.cifailureagent.xgboost;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Keeps xgboost's Linux native library unpacked in the user's cache directory, so that a new JVM links the copy
 * there (about 10 ms) instead of inflating 17 MB out of the jar into a new temporary file (about 0.2 s, which the
 * first ranking of every {@code analyze} waits for). The copy is named by the jar entry's CRC-32 and size and checked
 * against both before each use, so a new xgboost release or a damaged file is unpacked afresh.
 *
 * <p>xgboost4j's loader has no switch for this: it unpacks unless its private {@code initialized} flag is set, so
 * after linking the copy we set that flag. Whenever something does not fit (another platform, a library path chosen
 * with {@code -Dxgboostruntime.native.xgboost4j}, no writable cache, a loader without that flag), nothing is
 * changed and xgboost4j loads its library as it always does.
 */
final class UnpackedLibraryCache {
    private static final String LOADER_CLASS = "ml.dmlc.xgboost4j.java.NativeLibLoader";
    private static final String USER_CHOSEN_PATH = "xgboostruntime.native.xgboost4j";

    private final Path directory;

    UnpackedLibraryCache(Path directory) {
        this.directory = directory;
    }

    /** The cache under {@code $XDG_CACHE_HOME}, else {@code ~/.cache}: where per-user caches live on Linux. */
    static UnpackedLibraryCache forUser() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && xdg.startsWith("/") ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return new UnpackedLibraryCache(base.resolve("ci-failure-agent"));
    }

    /** Links the cached copy and tells xgboost4j's loader it is done; false when xgboost4j must load it itself. */
    boolean link() {
        if (System.getProperty(USER_CHOSEN_PATH) != null) {
            return false;
        }
        try {
            Class<?> loader = Class.forName(LOADER_CLASS, false, UnpackedLibraryCache.class.getClassLoader());
            // System.load binds the library to its caller's class loader, which must be xgboost4j's own.
            if (loader.getClassLoader() != UnpackedLibraryCache.class.getClassLoader()) {
                return false;
            }
            Field initialized = loader.getDeclaredField("initialized");
            initialized.setAccessible(true);
            URL resource = loader.getResource(resourceFor(System.getProperty("os.name"), System.getProperty("os.arch")));
            if (resource == null || !(resource.openConnection() instanceof JarURLConnection jar)) {
                return false;
            }
            Path copy = copyOf(jar);
            if (copy == null) {
                return false;
            }
            System.load(copy.toString());
            initialized.setBoolean(null, true);
            return true;
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The jar resource xgboost4j would unpack on this platform, or a name no jar holds elsewhere. */
    static String resourceFor(String osName, String osArch) {
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> "unsupported";
        };
        return osName.toLowerCase(Locale.ROOT).startsWith("linux") ? "/lib/linux/" + arch + "/libxgboost4j.so"
                : "/unsupported";
    }

    /** The verified copy of the jar entry, unpacked first when missing or damaged; null when the entry cannot be. */
    Path copyOf(JarURLConnection jar) throws IOException {
        JarEntry entry = jar.getJarEntry();
        if (entry.getCrc() < 0 || entry.getSize() < 0) {
            return null;
        }
        Path copy = directory.resolve(String.format(Locale.ROOT, "libxgboost4j-%08x-%d.so", entry.getCrc(),
                entry.getSize()));
        if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize() && crcOf(copy) == entry.getCrc()) {
            return copy;
        }
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, "libxgboost4j-", ".part");
        try {
            CRC32 crc = new CRC32();
            try (InputStream in = jar.getInputStream(); OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    crc.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (crc.getValue() != entry.getCrc()) {
                return null;
            }
            // Another JVM may unpack at the same moment; each moves a whole file into place.
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            removeOtherVersions(copy);
            return copy;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Copies of other xgboost releases would pile up with every upgrade. A JVM still running one keeps its mapping
     * after the file is removed; a later run of that release unpacks it again.
     */
    private void removeOtherVersions(Path keep) throws IOException {
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(directory, "libxgboost4j-*.so")) {
            for (Path other : copies) {
                if (!other.equals(keep)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    private static long crcOf(Path file) throws IOException {
        CRC32 crc = new CRC32();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(file)) {
            while (channel.read(buffer) > 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue();
    }
}
