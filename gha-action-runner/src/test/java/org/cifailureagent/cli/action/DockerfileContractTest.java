package org.cifailureagent.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The Action image's class-data-sharing archive is usable by its entry point. The JVM records the class path as it
 * was given when the archive was made, and ignores the archive (with a warning) when the entry point names the jar
 * differently or runs from another directory with a relative path, as the Action does from the workspace. Docker is
 * not available where the tests run, so the Dockerfile's text is checked.
 */
public class DockerfileContractTest {
    private static final Pattern ARCHIVE_RUN = Pattern.compile(
            "RUN java -XX:ArchiveClassesAtExit=(\\S+)\\s+(?:\\\\\\s+)?-jar (\\S+) analyze");
    private static final Pattern ENTRYPOINT = Pattern.compile("ENTRYPOINT (\\[.*?])", Pattern.DOTALL);

    private final String dockerfile = read();

    @Test
    public void theEntryPointUsesTheArchiveAndTheJarAsTheyWereWhenTheArchiveWasMade() throws IOException {
        Matcher run = ARCHIVE_RUN.matcher(dockerfile);
        assertThat(run.find()).as("a RUN line that makes the archive").isTrue();
        String archive = run.group(1);
        String jar = run.group(2);
        assertThat(Path.of(jar).isAbsolute()).as("jar path %s is absolute", jar).isTrue();

        List<String> entryPoint = entryPoint();
        assertThat(entryPoint).contains("-XX:SharedArchiveFile=" + archive);
        assertThat(entryPoint.get(entryPoint.indexOf("-jar") + 1)).isEqualTo(jar);
    }

    @Test
    public void theRunThatMakesTheArchiveUnpacksTheNativeLibraryIntoACacheOfTheImage() {
        Matcher cache = Pattern.compile("(?m)^ENV XDG_CACHE_HOME=(/\\S+)$").matcher(dockerfile);
        assertThat(cache.find()).as("an ENV XDG_CACHE_HOME with an absolute path").isTrue();
        assertThat(cache.group(1)).startsWith("/opt/ci-failure-agent/");
        Matcher run = ARCHIVE_RUN.matcher(dockerfile);
        assertThat(run.find()).isTrue();
        assertThat(cache.start()).as("the cache is set before the run").isLessThan(run.start());
    }

    @Test
    public void jvmWarningsGoToStandardErrorNotIntoTheWorkflowCommands() throws IOException {
        assertThat(entryPoint()).containsSubsequence("-Xlog:disable", "-Xlog:all=warning:stderr", "-jar");
    }

    private List<String> entryPoint() throws IOException {
        Matcher matcher = ENTRYPOINT.matcher(dockerfile);
        assertThat(matcher.find()).as("an ENTRYPOINT in exec form").isTrue();
        String json = matcher.group(1).replace("\\\n", " ");
        return List.of(new ObjectMapper().readValue(json, String[].class));
    }

    private static String read() {
        try {
            return Files.readString(Path.of(System.getProperty("repo.root", ".."))
                    .resolve("gha-action-runner/Dockerfile"));
        } catch (IOException e) {
            throw new AssertionError("cannot read gha-action-runner/Dockerfile", e);
        }
    }
}
