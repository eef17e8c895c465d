package org.cifailureagent.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.blame.BlameGenerator;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Reads the git facts of a checkout with JGit, read-only: it walks commits, diffs trees and blames lines, and never
 * touches the work tree, the index, the config or the refs. Only a {@code .git} directory inside the workspace is
 * opened (a worktree's or submodule's {@code .git} file points outside and is not followed). All git work shares one
 * wall-time budget; what it could not finish in time, or could not see in a shallow clone, is noted.
 */
final class GitFactsCollector {
    private static final long MAX_BLAMED_FILE_BYTES = 1L << 20;

    private final CollectOptions options;

    GitFactsCollector(CollectOptions options) {
        this.options = options;
    }

    /** Null when the workspace is no git checkout; otherwise facts, with notes on whatever went wrong. */
    GitFacts collect(Path root, List<SourceLine> toBlame) {
        Path dotGit = root.resolve(".git");
        if (Files.isRegularFile(dotGit, LinkOption.NOFOLLOW_LINKS)) {
            return new GitFacts(null, null, false, List.of(), List.of(), List.of("the workspace's .git is a file "
                    + "pointing elsewhere (a worktree or submodule); git facts are read only from a .git folder inside "
                    + "the workspace"));
        }
        if (!Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        long deadline = System.nanoTime() + options.gitBudget().toNanos();
        List<String> notes = new ArrayList<>();
        try (Repository repo = new FileRepositoryBuilder().setGitDir(dotGit.toFile()).setMustExist(true).build();
             RevWalk walk = new RevWalk(repo)) {
            ObjectId headId = repo.resolve(Constants.HEAD);
            if (headId == null) {
                return new GitFacts(null, null, false, List.of(), List.of(), List.of("the checkout has no commit"));
            }
            Set<ObjectId> shallow = repo.getObjectDatabase().getShallowCommits();
            if (!shallow.isEmpty()) {
                notes.add("shallow clone: history before " + shallow.size() + " boundary commit(s) is missing; "
                        + "commits and blame beyond it could not be determined (check out with fetch-depth: 0)");
            }
            Range range = range(repo, walk, headId, notes);
            List<CommitFacts> commits = commits(repo, walk, range, shallow, deadline, notes);
            List<BlameFact> blame = blame(repo, headId, toBlame, shallow, deadline, notes);
            return new GitFacts(headId.name(), range.description(), !shallow.isEmpty(), commits, blame, notes);
        } catch (IOException | RuntimeException e) {
            notes.add("git checkout could not be read: " + e.getMessage());
            return new GitFacts(null, null, false, List.of(), List.of(), notes);
        }
    }

    /** {@code base} null: the range is {@code head} alone. */
    private record Range(RevCommit head, RevCommit base, String description) {
    }

    private Range range(Repository repo, RevWalk walk, ObjectId headId, List<String> notes) throws IOException {
        RevCommit head = walk.parseCommit(headId);
        String baseName = null;
        String why;
        if (options.range() != null) {
            RevCommit rangeHead = commitOrNull(repo, walk, options.range().head());
            if (rangeHead == null) {
                notes.add("range head " + options.range().head() + " is not in the checkout; used HEAD");
            } else {
                head = rangeHead;
            }
            baseName = options.range().base();
            why = "pull request range";
        } else if (options.since() != null) {
            baseName = options.since();
            why = "--since";
        } else if (head.getParentCount() > 1) {
            return new Range(head, walk.parseCommit(head.getParent(0)), abbreviate(head.getParent(0)) + ".."
                    + abbreviate(head) + " (HEAD is a merge: the commits it merged)");
        } else {
            return new Range(head, head.getParentCount() == 1 ? walk.parseCommit(head.getParent(0)) : null,
                    abbreviate(head) + " (HEAD alone; give --since for a longer range)");
        }
        if (baseName == null) {
            return new Range(head, head.getParentCount() == 1 ? walk.parseCommit(head.getParent(0)) : null,
                    abbreviate(head) + " (" + why + " without a base: head alone)");
        }
        RevCommit base = commitOrNull(repo, walk, baseName);
        if (base == null) {
            notes.add("base " + baseName + " is not in the checkout (a shallow clone or unknown commit; check out with "
                    + "fetch-depth: 0): examined HEAD alone");
            return new Range(head, head.getParentCount() == 1 ? walk.parseCommit(head.getParent(0)) : null,
                    abbreviate(head) + " (" + why + " base missing)");
        }
        return new Range(head, base, abbreviate(base) + ".." + abbreviate(head) + " (" + why + ")");
    }

    private static RevCommit commitOrNull(Repository repo, RevWalk walk, String revision) {
        try {
            ObjectId id = repo.resolve(revision + "^{commit}");
            return id == null ? null : walk.parseCommit(id);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private List<CommitFacts> commits(Repository repo, RevWalk walk, Range range, Set<ObjectId> shallow,
                                      long deadline, List<String> notes) throws IOException {
        walk.reset();
        // Newest first by commit time: streams, where a topological sort would walk the whole range up front.
        walk.sort(RevSort.COMMIT_TIME_DESC, true);
        walk.markStart(range.head());
        if (range.base() != null) {
            walk.markUninteresting(range.base());
        }
        List<CommitFacts> commits = new ArrayList<>();
        int merges = 0;
        try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            diff.setDetectRenames(false);
            for (RevCommit commit : walk) {
                if (range.base() == null && !commit.equals(range.head())) {
                    break;
                }
                if (commit.getParentCount() > 1) {
                    merges++;
                    continue;
                }
                if (commits.size() >= options.maxCommits()) {
                    notes.add("range has more than " + options.maxCommits() + " commits; examined the newest "
                            + options.maxCommits());
                    break;
                }
                if (System.nanoTime() > deadline) {
                    notes.add("git budget of " + options.gitBudget().toSeconds() + " s used up after "
                            + commits.size() + " commits; older commits of the range were not examined");
                    break;
                }
                commits.add(facts(walk, diff, commit, shallow));
            }
        }
        if (merges > 0) {
            notes.add(merges + " merge commit(s) left out: their changes are those of the commits they merged");
        }
        return commits;
    }

    private CommitFacts facts(RevWalk walk, DiffFormatter diff, RevCommit commit, Set<ObjectId> shallow)
            throws IOException {
        String author = commit.getAuthorIdent().getName();
        if (shallow.contains(commit)) {
            return new CommitFacts(commit.name(), author, commit.getShortMessage(), commit.getCommitTime(), List.of(),
                    0, false);
        }
        RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
        List<DiffEntry> entries = diff.scan(parent == null ? null : parent.getTree(), commit.getTree());
        List<String> paths = new ArrayList<>();
        for (DiffEntry entry : entries) {
            if (paths.size() == options.maxFilesPerCommit()) {
                break;
            }
            paths.add(entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath());
        }
        return new CommitFacts(commit.name(), author, commit.getShortMessage(), commit.getCommitTime(), paths,
                entries.size(), true);
    }

    /**
     * Who last changed each reported line. Blame walks history back until every asked line is explained, which can
     * be long; the budget is checked between the regions it yields.
     */
    private List<BlameFact> blame(Repository repo, ObjectId head, List<SourceLine> lines, Set<ObjectId> shallow,
                                  long deadline, List<String> notes) throws IOException {
        Map<String, List<Integer>> byFile = new LinkedHashMap<>();
        for (SourceLine line : lines.subList(0, Math.min(lines.size(), options.maxBlamedLines()))) {
            byFile.computeIfAbsent(line.file(), f -> new ArrayList<>()).add(line.line());
        }
        List<BlameFact> facts = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> file : byFile.entrySet()) {
            if (System.nanoTime() > deadline) {
                notes.add("git budget used up before blaming " + file.getKey());
                continue;
            }
            if (!trackedAndSmall(repo, head, file.getKey())) {
                continue;
            }
            blameFile(repo, head, file.getKey(), file.getValue(), deadline, facts, notes);
        }
        int before = facts.size();
        // A shallow clone's boundary commit takes the blame for every older line: that is no evidence.
        facts.removeIf(fact -> shallow.contains(ObjectId.fromString(fact.commit())));
        if (facts.size() < before) {
            notes.add((before - facts.size()) + " reported line(s) were last changed before the shallow clone's "
                    + "boundary: who changed them could not be determined");
        }
        return facts;
    }

    private static boolean trackedAndSmall(Repository repo, ObjectId head, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repo);
             TreeWalk tree = TreeWalk.forPath(repo, path, walk.parseCommit(head).getTree())) {
            return tree != null && repo.open(tree.getObjectId(0)).getSize() <= MAX_BLAMED_FILE_BYTES;
        }
    }

    private static void blameFile(Repository repo, ObjectId head, String path, List<Integer> wanted, long deadline,
                                  List<BlameFact> facts, List<String> notes) throws IOException {
        List<Integer> open = new ArrayList<>(wanted);
        try (BlameGenerator generator = new BlameGenerator(repo, path)) {
            generator.push(null, head);
            while (!open.isEmpty() && generator.next()) {
                int start = generator.getResultStart();
                int end = generator.getResultEnd();
                String commit = generator.getSourceCommit() == null ? null : generator.getSourceCommit().name();
                open.removeIf(line -> {
                    boolean inRegion = line - 1 >= start && line - 1 < end;
                    if (inRegion && commit != null) {
                        facts.add(new BlameFact(path, line, commit));
                    }
                    return inRegion;
                });
                if (System.nanoTime() > deadline) {
                    notes.add("git budget used up while blaming " + path);
                    return;
                }
            }
        }
    }

    private static String abbreviate(ObjectId id) {
        return id.name().substring(0, 7);
    }
}
