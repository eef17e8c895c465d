package org.cifailureagent.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real git repository built with the git command, for tests; commits get increasing fixed dates. */
public final class GitRepo {
    private final Path dir;
    private int clock;

    private GitRepo(Path dir) {
        this.dir = dir;
    }

    public static GitRepo init(Path dir) throws IOException {
        Files.createDirectories(dir);
        GitRepo repo = new GitRepo(dir);
        repo.git("init", "-q", "-b", "main");
        return repo;
    }

    /** {@code git clone --depth 1 file://…}, as CI checkouts do by default. */
    public static GitRepo cloneShallow(GitRepo origin, Path dir) throws IOException {
        GitRepo clone = new GitRepo(dir);
        clone.run(origin.dir.getParent(), "git", "clone", "-q", "--depth", "1", "file://" + origin.dir, dir.toString());
        return clone;
    }

    public static GitRepo cloneFull(GitRepo origin, Path dir) throws IOException {
        GitRepo clone = new GitRepo(dir);
        clone.run(origin.dir.getParent(), "git", "clone", "-q", "file://" + origin.dir, dir.toString());
        clone.clock = origin.clock;
        return clone;
    }

    public Path dir() {
        return dir;
    }

    public GitRepo write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return this;
    }

    /** Commits everything as {@code author}; returns the commit id. */
    public String commit(String author, String message) throws IOException {
        git("add", "-A");
        clock++;
        String date = "2026-01-01T00:" + String.format("%02d", clock / 60) + ":" + String.format("%02d", clock % 60)
                + "Z";
        run(dir, List.of("git", "-c", "user.name=" + author, "-c", "user.email=" + author.toLowerCase().replace(' ', '.')
                + "@example.com", "commit", "-q", "-m", message), Map.of("GIT_AUTHOR_DATE", date,
                "GIT_COMMITTER_DATE", date));
        return git("rev-parse", "HEAD").strip();
    }

    public String git(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return run(dir, command, Map.of());
    }

    private String run(Path cwd, String... command) throws IOException {
        return run(cwd, List.of(command), Map.of());
    }

    private String run(Path cwd, List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return output;
    }
}
