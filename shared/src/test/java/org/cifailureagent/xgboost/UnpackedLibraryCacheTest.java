package org.cifailureagent.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class UnpackedLibraryCacheTest {
    private static final String ENTRY = "lib/linux/x86_64/libxgboost4j.so";

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private UnpackedLibraryCache cache() {
        return new UnpackedLibraryCache(temp.getRoot().toPath().resolve("cache"));
    }

    @Test
    public void unpacksAnEntryOnceAndNamesTheCopyByItsChecksumAndSize() throws Exception {
        byte[] library = randomBytes(300_000, 1);
        Path jar = jarHolding(library);
        UnpackedLibraryCache cache = cache();

        Path copy = cache.copyOf(entryOf(jar));
        assertThat(copy).hasBinaryContent(library);
        assertThat(copy.getFileName().toString())
                .isEqualTo(String.format("libxgboost4j-%08x-%d.so", entryOf(jar).getJarEntry().getCrc(), library.length));

        Files.setLastModifiedTime(copy, FileTime.fromMillis(0));
        assertThat(cache.copyOf(entryOf(jar))).isEqualTo(copy);
        assertThat(Files.getLastModifiedTime(copy).toMillis()).as("a sound copy is not written again").isZero();
        assertThat(copy.getParent()).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    public void aDamagedCopyIsUnpackedAgain() throws Exception {
        UnpackedLibraryCache cache = cache();
        byte[] library = randomBytes(100_000, 2);
        Path jar = jarHolding(library);
        Path copy = cache.copyOf(entryOf(jar));

        byte[] damaged = library.clone();
        damaged[50_000] ^= 0x5a;
        Files.write(copy, damaged);
        assertThat(cache.copyOf(entryOf(jar))).hasBinaryContent(library);

        Files.write(copy, new byte[10]);
        assertThat(cache.copyOf(entryOf(jar))).hasBinaryContent(library);
    }

    @Test
    public void unpackingAnotherReleaseRemovesTheCopiesOfEarlierOnes() throws Exception {
        Path directory = temp.getRoot().toPath().resolve("cache");
        UnpackedLibraryCache cache = cache();
        Path earlier = cache.copyOf(entryOf(jarHolding(randomBytes(2_000, 4))));
        Files.writeString(directory.resolve("notes.txt"), "not ours to remove");

        Path later = cache.copyOf(entryOf(jarHolding(randomBytes(3_000, 5))));
        assertThat(later).isNotEqualTo(earlier).exists();
        assertThat(earlier).doesNotExist();
        assertThat(directory.resolve("notes.txt")).exists();
    }

    @Test
    public void aCacheThatCannotBeCreatedIsAnError() throws Exception {
        Path file = temp.newFile("not-a-directory").toPath();
        UnpackedLibraryCache cache = new UnpackedLibraryCache(file.resolve("cache"));
        JarURLConnection jar = entryOf(jarHolding(randomBytes(1_000, 3)));
        assertThatThrownBy(() -> cache.copyOf(jar)).isInstanceOf(IOException.class);
    }

    @Test
    public void onlyLinuxLibrariesAreCached() {
        assertThat(UnpackedLibraryCache.resourceFor("Linux", "amd64")).isEqualTo("/lib/linux/x86_64/libxgboost4j.so");
        assertThat(UnpackedLibraryCache.resourceFor("Linux", "aarch64")).isEqualTo("/lib/linux/aarch64/libxgboost4j.so");
        assertThat(UnpackedLibraryCache.resourceFor("Mac OS X", "aarch64")).isEqualTo("/unsupported");
        assertThat(UnpackedLibraryCache.resourceFor("Windows 11", "amd64")).isEqualTo("/unsupported");
        assertThat(UnpackedLibraryCache.resourceFor("Linux", "ppc64le")).isEqualTo("/lib/linux/unsupported/libxgboost4j.so");
    }

    private Path jarHolding(byte[] library) throws IOException {
        Path jar = temp.newFile().toPath();
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(ENTRY));
            out.write(library);
            out.closeEntry();
        }
        return jar;
    }

    private static JarURLConnection entryOf(Path jar) throws IOException {
        JarURLConnection connection = (JarURLConnection) new URL("jar:" + jar.toUri() + "!/" + ENTRY).openConnection();
        connection.setUseCaches(false);
        return connection;
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
