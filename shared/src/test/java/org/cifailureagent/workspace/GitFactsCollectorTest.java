package org.cifailureagent.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class GitFactsCollectorTest {
    @ClassRule
    public static TemporaryFolder shared = new TemporaryFolder();
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private static CalcHistory history;
    private static GitRepo repo;
    private static String initial;
    private static String feature;
    private static String breaking;
    private static String bump;

    /** Built once: the tests that change a repository work on their own clone. */
    @BeforeClass
    public static void buildRepository() throws IOException {
        history = CalcHistory.build(shared.getRoot().toPath().resolve("origin"));
        repo = history.repo;
        initial = history.initial;
        feature = history.feature;
        breaking = history.breaking;
        bump = history.bump;
    }

    private GitRepo ownClone() throws IOException {
        return GitRepo.cloneFull(repo, temp.getRoot().toPath().resolve("clone"));
    }

    private GitFacts collect(Path dir, CollectOptions options, List<SourceLine> blame) throws IOException {
        return new GitFactsCollector(options).collect(dir.toRealPath(), blame);
    }

    @Test
    public void listsTheCommitsSinceTheLastGreenOneNewestFirstWithTheirFiles() throws IOException {
        GitFacts git = collect(repo.dir(), CollectOptions.defaults().withSince(initial), List.of());

        assertThat(git.head()).isEqualTo(bump);
        assertThat(git.shallow()).isFalse();
        assertThat(git.commits()).extracting(CommitFacts::id).containsExactly(bump, breaking, feature);
        assertThat(git.commits().get(0).changedFiles()).containsExactly("pom.xml");
        assertThat(git.commits().get(0).author()).isEqualTo("Dee Deps");
        assertThat(git.commits().get(1).message()).isEqualTo("Simplify add");
        assertThat(git.commits().get(2).changedFiles()).containsExactly("src/main/java/com/example/Format.java");
        assertThat(git.range()).contains("--since");
        assertThat(git.notes()).isEmpty();
    }

    @Test
    public void blamesTheReportedLineOnTheCommitThatChangedIt() throws IOException {
        GitFacts git = collect(repo.dir(), CollectOptions.defaults().withSince(initial), List.of(
                new SourceLine("src/main/java/com/example/Calc.java", 5),
                new SourceLine("src/main/java/com/example/Calc.java", 3)));

        assertThat(git.blame()).containsExactlyInAnyOrder(
                new BlameFact("src/main/java/com/example/Calc.java", 5, breaking),
                new BlameFact("src/main/java/com/example/Calc.java", 3, initial));
    }

    @Test
    public void withoutSinceExaminesHeadAlone() throws IOException {
        GitFacts git = collect(repo.dir(), CollectOptions.defaults(), List.of());

        assertThat(git.commits()).extracting(CommitFacts::id).containsExactly(bump);
        assertThat(git.range()).contains("HEAD alone");
    }

    @Test
    public void aPullRequestRangeListsTheBranchCommitsNotTheSyntheticMerge() throws IOException {
        GitRepo repo = ownClone();
        repo.git("checkout", "-q", "-b", "topic", feature);
        repo.write("src/main/java/com/example/Topic.java", "package com.example;\n");
        String topic = repo.commit("Tom Topic", "Add a topic");
        repo.git("checkout", "-q", "main");
        repo.git("-c", "user.name=GitHub", "-c", "user.email=noreply@example.com", "merge", "-q", "--no-ff", "-m",
                "Merge topic into main", "topic");

        GitFacts explicit = collect(repo.dir(), CollectOptions.defaults().withRange(new CommitRange(bump, topic)),
                List.of());
        GitFacts headMerge = collect(repo.dir(), CollectOptions.defaults(), List.of());

        assertThat(explicit.commits()).extracting(CommitFacts::id).containsExactly(topic);
        assertThat(headMerge.commits()).extracting(CommitFacts::id).containsExactly(topic);
        assertThat(headMerge.notes()).anyMatch(n -> n.contains("merge commit"));
    }

    @Test
    public void aShallowCloneDoesNotFailAndSaysWhatItCouldNotDetermine() throws IOException {
        GitRepo shallow = GitRepo.cloneShallow(repo, temp.getRoot().toPath().resolve("shallow"));

        GitFacts git = collect(shallow.dir(), CollectOptions.defaults().withSince(initial), List.of(
                new SourceLine("src/main/java/com/example/Calc.java", 5)));

        assertThat(git.shallow()).isTrue();
        assertThat(git.head()).isEqualTo(bump);
        assertThat(git.commits()).extracting(CommitFacts::id).containsExactly(bump);
        assertThat(git.commits().get(0).changesKnown()).isFalse();
        assertThat(git.blame()).isEmpty();
        assertThat(git.notes()).anyMatch(n -> n.contains("shallow clone"))
                .anyMatch(n -> n.contains("base " + initial + " is not in the checkout"))
                .anyMatch(n -> n.contains("before the shallow clone's boundary"));
    }

    @Test
    public void anUnknownSinceCommitIsNotedAndHeadIsStillExamined() throws IOException {
        GitFacts git = collect(repo.dir(), CollectOptions.defaults().withSince("0123456789abcdef0123456789abcdef01234567"),
                List.of());

        assertThat(git.commits()).extracting(CommitFacts::id).containsExactly(bump);
        assertThat(git.notes()).anyMatch(n -> n.contains("is not in the checkout"));
    }

    @Test
    public void neverChangesTheCheckoutItsIndexOrItsConfig() throws IOException {
        GitRepo repo = ownClone();
        repo.write("src/main/java/com/example/Calc.java", CalcHistory.calc("a * b"));
        Map<String, String> before = snapshot(repo.dir());

        collect(repo.dir(), CollectOptions.defaults().withSince(initial), List.of(
                new SourceLine("src/main/java/com/example/Calc.java", 5)));

        assertThat(snapshot(repo.dir())).isEqualTo(before);
        assertThat(repo.git("status", "--porcelain")).contains("M src/main/java/com/example/Calc.java");
    }

    @Test
    public void aWorkspaceThatIsNoCheckoutHasNoGitFacts() throws IOException {
        assertThat(collect(temp.newFolder("plain").toPath(), CollectOptions.defaults(), List.of())).isNull();
    }

    @Test
    public void aGitFilePointingOutsideTheWorkspaceIsNotFollowed() throws IOException {
        Path worktree = temp.getRoot().toPath().resolve("worktree");
        ownClone().git("worktree", "add", "-q", worktree.toString(), feature);

        GitFacts git = collect(worktree, CollectOptions.defaults(), List.of());

        assertThat(git.head()).isNull();
        assertThat(git.notes()).singleElement().asString().contains("pointing elsewhere");
    }

    /** Every file's bytes and modification time, .git included. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                byte[] digest;
                try {
                    digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
                files.put(root.relativize(file).toString(), HexFormat.of().formatHex(digest) + " "
                        + Files.getLastModifiedTime(file));
            }
        }
        return files;
    }
}
