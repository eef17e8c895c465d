package org.cifailureagent.workspace;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One bounded walk over the workspace: the test reports matching the globs, and an index of the project's files by
 * name, used to turn paths printed by tools (absolute paths from another machine, package-relative stack frames)
 * into paths relative to the workspace. Symbolic links are not followed, so nothing outside the workspace is read.
 */
public final class WorkspaceFiles {
    static final int MAX_ENTRIES = 200_000;
    static final int MAX_REPORTS = 2_000;
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", ".gradle", ".idea", ".venv",
            "venv", "__pycache__", ".tox", ".mvn", ".pytest_cache");

    private final Path root;
    private final List<Path> reports;
    private final Map<String, List<String>> byName;
    private final List<String> warnings;

    private WorkspaceFiles(Path root, List<Path> reports, Map<String, List<String>> byName, List<String> warnings) {
        this.root = root;
        this.reports = reports;
        this.byName = byName;
        this.warnings = warnings;
    }

    public static WorkspaceFiles scan(Path workspace, List<String> reportGlobs) throws IOException {
        Path root = workspace.toRealPath();
        List<PathMatcher> matchers = reportGlobs.stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        List<Path> reports = new ArrayList<>();
        Map<String, List<String>> byName = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        int[] entries = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && SKIPPED_DIRS.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (++entries[0] > MAX_ENTRIES) {
                    warnings.add("workspace has more than " + MAX_ENTRIES + " files; the rest were not looked at");
                    return FileVisitResult.TERMINATE;
                }
                if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = slashed(root.relativize(file));
                byName.computeIfAbsent(file.getFileName().toString(), n -> new ArrayList<>(1)).add(relative);
                if (relative.endsWith(".xml") && matchesAny(matchers, relative)) {
                    if (reports.size() < MAX_REPORTS) {
                        reports.add(file);
                    } else if (reports.size() == MAX_REPORTS) {
                        warnings.add("more than " + MAX_REPORTS + " test reports; the rest were skipped");
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        reports.sort(null);
        return new WorkspaceFiles(root, reports, byName, warnings);
    }

    /** A glob like {@code **}{@code /junit*.xml} also matches at the top of the workspace. */
    private static boolean matchesAny(List<PathMatcher> matchers, String relative) {
        Path asIs = Path.of(relative);
        Path rooted = Path.of("/" + relative);
        for (PathMatcher m : matchers) {
            if (m.matches(asIs) || m.matches(rooted)) {
                return true;
            }
        }
        return false;
    }

    public Path root() {
        return root;
    }

    public List<Path> reports() {
        return reports;
    }

    public List<String> warnings() {
        return warnings;
    }

    public String relative(Path file) {
        return slashed(root.relativize(file));
    }

    /**
     * The workspace path of a file as a tool printed it, or null. A path under the workspace is taken as is; any
     * other is matched by its longest tail of path segments that names exactly one file in the workspace (a checkout
     * on another machine, a package path from a stack frame).
     */
    public String resolve(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        String path = printed.strip().replace('\\', '/');
        if (path.startsWith("file://")) {
            path = path.substring("file://".length());
        }
        Path asPath;
        try {
            asPath = Path.of(path);
        } catch (RuntimeException e) {
            return null;
        }
        if (asPath.isAbsolute() && asPath.normalize().startsWith(root)) {
            String relative = slashed(root.relativize(asPath.normalize()));
            return isIndexed(relative) ? relative : null;
        }
        String[] segments = path.split("/");
        List<String> candidates = byName.get(segments[segments.length - 1]);
        if (candidates == null) {
            return null;
        }
        String best = null;
        int bestDepth = 0;
        boolean tie = false;
        for (String candidate : candidates) {
            int depth = commonTail(candidate.split("/"), segments);
            if (depth > bestDepth) {
                best = candidate;
                bestDepth = depth;
                tie = false;
            } else if (depth == bestDepth) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private boolean isIndexed(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        List<String> candidates = byName.get(name);
        return candidates != null && candidates.contains(relative);
    }

    private static int commonTail(String[] a, String[] b) {
        int n = 0;
        while (n < a.length && n < b.length && a[a.length - 1 - n].equals(b[b.length - 1 - n])) {
            n++;
        }
        return n;
    }

    public boolean exists(String relative) {
        return isIndexed(relative) && Files.isRegularFile(root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }

    static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
