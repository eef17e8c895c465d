package org.cifailureagent.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Assume;

/**
 * Finds the team's corpus (../shared/corpus beside the repository root, passed by the root POM as {@code corpus.dir})
 * and our own fixtures. Absent corpus: the test is skipped on a developer's fresh clone, but fails under CI=true.
 */
public final class CorpusDirs {
    private CorpusDirs() {
    }

    public static Path logChunks() {
        return require(Path.of(System.getProperty("corpus.dir", "../../shared/corpus")).resolve("logchunks"),
                "the LogChunks corpus");
    }

    public static Path fixtures() {
        return require(Path.of(System.getProperty("fixtures.dir", "../fixtures/corpus")), "our own fixtures corpus");
    }

    private static Path require(Path dir, String what) {
        boolean present = Files.isRegularFile(dir.resolve("index.jsonl"));
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(what + " is missing at " + dir.toAbsolutePath() + " but CI=true");
        }
        Assume.assumeTrue(what + " is absent at " + dir.toAbsolutePath() + "; skipped", present);
        return dir;
    }
}
