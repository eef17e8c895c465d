package org.cifailureagent.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The little projects and the reports their real test runners produced (src/test/resources/workspace, see its
 * regenerate.sh), laid out as a build's workspace would be.
 */
public final class Samples {
    private Samples() {
    }

    public static Path root() {
        try {
            return Path.of(Samples.class.getResource("/workspace/regenerate.sh").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path sample(String relative) {
        return root().resolve("samples").resolve(relative);
    }

    /** Copies project {@code name} to {@code workspace} and puts the report samples where the runner writes them. */
    public static Path workspace(String name, Path workspace) throws IOException {
        copyTree(root().resolve("projects").resolve(name), workspace);
        switch (name) {
            case "surefire" -> {
                Path reports = Files.createDirectories(workspace.resolve("target/surefire-reports"));
                try (Stream<Path> xml = Files.list(sample("surefire"))) {
                    for (Path report : (Iterable<Path>) xml.filter(p -> p.toString().endsWith(".xml"))::iterator) {
                        Files.copy(report, reports.resolve(report.getFileName()));
                    }
                }
            }
            case "pytest", "jest" -> Files.copy(sample(name + "/junit.xml"), workspace.resolve("junit.xml"));
            case "flaky" -> Files.copy(sample("flaky/current-junit.xml"), workspace.resolve("junit.xml"));
            default -> throw new IllegalArgumentException(name);
        }
        return workspace;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
