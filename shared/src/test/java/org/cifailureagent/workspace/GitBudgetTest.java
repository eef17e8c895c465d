package org.cifailureagent.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A repository with a long history (built with git fast-import): the range walk is capped, and blame of a line that
 * has not changed since the first commit, in a file changed a thousand times, stays within the budget. The timings
 * are printed; they are the measured figures of docs/architecture.md.
 */
public class GitBudgetTest {
    private static final int COMMITS = 4_000;
    private static final int HOT_EVERY = 4;

    @ClassRule
    public static TemporaryFolder temp = new TemporaryFolder();

    private static Path repo;
    private static String first;

    @BeforeClass
    public static void buildLongHistory() throws IOException, InterruptedException {
        GitRepo git = GitRepo.init(temp.getRoot().toPath().resolve("long"));
        repo = git.dir();
        Process importer = new ProcessBuilder("git", "fast-import", "--quiet").directory(repo.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = importer.getOutputStream()) {
            StringBuilder hot = new StringBuilder("package big;\n");
            for (int n = 1; n <= COMMITS; n++) {
                StringBuilder commit = new StringBuilder("commit refs/heads/main\nmark :" + n + "\n");
                String ident = " <dev@example.com> " + (1_700_000_000L + n) + " +0000\n";
                commit.append("author Dev ").append(n % 7).append(ident).append("committer Dev").append(ident);
                data(commit, "Change " + n);
                if (n > 1) {
                    commit.append("from :").append(n - 1).append('\n');
                }
                commit.append("M 100644 inline src/f").append(n % 2_000).append(".txt\n");
                data(commit, "version " + n + "\n");
                if (n % HOT_EVERY == 1) {
                    hot.append("// change ").append(n).append('\n');
                    commit.append("M 100644 inline src/Hot.java\n");
                    data(commit, hot.toString());
                }
                in.write(commit.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(importer.waitFor()).isZero();
        git.git("reset", "-q", "--hard", "main");
        first = git.git("rev-list", "--max-parents=0", "HEAD").strip();
    }

    private static void data(StringBuilder out, String text) {
        out.append("data ").append(text.getBytes(StandardCharsets.UTF_8).length).append('\n').append(text).append('\n');
    }

    @Test
    public void aLongRangeStaysWithinTheDefaultBudget() throws IOException {
        CollectOptions options = CollectOptions.defaults().withSince(first);
        long start = System.nanoTime();

        GitFacts git = new GitFactsCollector(options).collect(repo.toRealPath(), List.of());

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("range walk over " + COMMITS + " commits took " + took.toMillis() + " ms for "
                + git.commits().size() + " commits; notes " + git.notes());
        assertThat(took).isLessThan(options.gitBudget().plusSeconds(2));
        assertThat(git.notes()).anyMatch(n -> n.contains("more than 500 commits") || n.contains("git budget"));
    }

    @Test
    public void aDeepBlameStaysWithinTheDefaultBudget() throws IOException {
        CollectOptions options = CollectOptions.defaults();
        long start = System.nanoTime();

        GitFacts git = new GitFactsCollector(options).collect(repo.toRealPath(),
                List.of(new SourceLine("src/Hot.java", 1)));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("blame of a line older than " + COMMITS / HOT_EVERY + " changes of its file took "
                + took.toMillis() + " ms; notes " + git.notes());
        assertThat(took).isLessThan(options.gitBudget().plusSeconds(2));
        if (git.notes().stream().noneMatch(n -> n.contains("budget"))) {
            assertThat(git.blame()).containsExactly(new BlameFact("src/Hot.java", 1, first));
        }
    }

    @Test
    public void aTinyBudgetStopsTheWorkAndSaysSo() throws IOException {
        CollectOptions options = CollectOptions.defaults().withSince(first).withGitBudget(Duration.ofMillis(1));
        long start = System.nanoTime();

        GitFacts git = new GitFactsCollector(options).collect(repo.toRealPath(),
                List.of(new SourceLine("src/Hot.java", 1)));

        // Opening the repository and resolving the range come before the first check: well under the default.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        assertThat(git.commits().size()).isLessThan(options.maxCommits());
        assertThat(git.notes()).anyMatch(n -> n.contains("git budget"));
        assertThat(git.blame()).isEmpty();
    }
}
