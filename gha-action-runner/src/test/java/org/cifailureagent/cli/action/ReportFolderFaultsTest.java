package org.cifailureagent.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The action's workspace (where the report and the history go) on a full or a read-only file system: a small tmpfs,
 * mounted by the test (skipped where mounting is not permitted). The step still succeeds, the warning says what
 * happened, and no half-written or temporary file is left behind.
 */
public class ReportFolderFaultsTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private Path mountPoint;
    private boolean mounted;

    @Before
    public void mountPoint() throws IOException {
        mountPoint = temp.newFolder("workspace").toPath();
    }

    @After
    public void unmount() throws Exception {
        if (mounted) {
            run(List.of("umount", mountPoint.toString()));
        }
    }

    @Test
    public void aFullDiskLeavesNoHalfWrittenReportAndSaysSo() throws Exception {
        mount("size=64k");
        fill(mountPoint.resolve("filler"));

        String stdout = action(mountPoint);

        assertThat(stdout).contains("::warning").contains("cannot write the report").contains("cannot write the history")
                .contains("No space left");
        assertThat(leftovers(mountPoint)).containsOnly("filler");
    }

    @Test
    public void aReadOnlyWorkspaceIsAWarningAndTheStepSucceeds() throws Exception {
        mount("size=64k,ro");

        String stdout = action(mountPoint);

        assertThat(stdout).contains("::warning").contains("cannot write the report").contains("Read-only file system");
        assertThat(leftovers(mountPoint)).isEmpty();
    }

    /** Writes until the file system is full. */
    private static void fill(Path file) {
        try (var out = Files.newOutputStream(file)) {
            for (int i = 0; i < 1024; i++) {
                out.write(new byte[1024]);
            }
        } catch (IOException full) {
            return;
        }
        throw new AssertionError("the 64 KiB tmpfs took 1 MiB");
    }

    private void mount(String options) throws Exception {
        boolean permitted = run(List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", mountPoint.toString())) == 0;
        Assume.assumeTrue("mounting a tmpfs is not permitted here", permitted);
        mounted = true;
    }

    private static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).toList();
        }
    }

    /** The github-action command as a process, with a failed build's log outside the workspace and no GitHub. */
    private String action(Path workspace) throws Exception {
        Path log = temp.newFile("build.log").toPath();
        Files.writeString(log, "[ERROR] COMPILATION ERROR :\n[ERROR] /w/src/App.java:[3,9] cannot find symbol\n"
                + "[ERROR] BUILD FAILURE\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.cifailureagent.cli.Main",
                "github-action"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("INPUT_"));
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_STEP_SUMMARY", temp.newFile("summary").toString());
        env.put("GITHUB_OUTPUT", temp.newFile("output").toString());
        env.put("RUNNER_TEMP", temp.getRoot().toString());
        env.put("INPUT_LOG-FILE", log.toString());
        env.put("INPUT_JOB-STATUS", "failure");
        env.put("INPUT_HISTORY", "history.jsonl");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stdout = new String(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(stdout).isZero();
        return stdout;
    }

    private static int run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
