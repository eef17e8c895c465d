package org.cifailureagent.explain.suspects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.taxonomy.Category;
import org.cifailureagent.workspace.BlameFact;
import org.cifailureagent.workspace.CommitFacts;
import org.cifailureagent.workspace.GitFacts;

/**
 * Ranks the commits of the examined range after classification: first those that last changed a reported line
 * (blame), then those that changed a reported file, then, when the failure is about dependencies or configuration,
 * those that changed build and dependency files, then the rest; newest first within each group.
 */
public final class SuspectRanker {
    static final int MAX_SUSPECTS = 10;
    private static final int MAX_FILES = 5;

    private SuspectRanker() {
    }

    public static List<Suspect> rank(GitFacts git, Category category, List<Location> locations) {
        Set<String> reportedFiles = new LinkedHashSet<>();
        for (Location location : locations) {
            if (location.path() != null) {
                reportedFiles.add(location.path());
            }
        }
        Map<String, List<BlameFact>> blameByCommit = git.blame().stream()
                .collect(Collectors.groupingBy(BlameFact::commit));
        boolean buildMatters = category == Category.DEPENDENCY || category == Category.CONFIGURATION;
        List<Suspect> suspects = new ArrayList<>();
        for (CommitFacts commit : git.commits()) {
            suspects.add(judge(commit, blameByCommit.getOrDefault(commit.id(), List.of()), reportedFiles,
                    buildMatters));
        }
        // Stable sort: the walk's newest-first order is kept within a reason.
        suspects.sort(Comparator.comparing(Suspect::reason));
        return List.copyOf(suspects.subList(0, Math.min(MAX_SUSPECTS, suspects.size())));
    }

    private static Suspect judge(CommitFacts commit, List<BlameFact> blamed, Set<String> reportedFiles,
                                 boolean buildMatters) {
        if (!blamed.isEmpty()) {
            List<String> lines = blamed.stream().map(b -> b.path() + ":" + b.line()).distinct().toList();
            return make(commit, blamed.stream().map(BlameFact::path).distinct().toList(),
                    Suspect.Reason.CHANGED_REPORTED_LINE, "last changed " + String.join(", ", limit(lines)));
        }
        List<String> reported = commit.changedFiles().stream().filter(reportedFiles::contains).toList();
        if (!reported.isEmpty()) {
            return make(commit, reported, Suspect.Reason.CHANGED_REPORTED_FILE,
                    "changed " + String.join(", ", limit(reported)) + ", named by the failure");
        }
        List<String> build = commit.changedFiles().stream().filter(BuildFiles::matches).toList();
        if (buildMatters && !build.isEmpty()) {
            return make(commit, build, Suspect.Reason.CHANGED_BUILD_FILE,
                    "changed build or dependency file(s) " + String.join(", ", limit(build)));
        }
        String why = commit.changesKnown() ? "in the range of commits since the last green build"
                : "in the range; what it changed is unknown (shallow clone boundary)";
        return make(commit, commit.changedFiles(), Suspect.Reason.IN_RANGE, why);
    }

    private static Suspect make(CommitFacts commit, List<String> files, Suspect.Reason reason, String why) {
        return new Suspect(commit.id(), commit.author(), commit.message(), limit(files), reason, why);
    }

    private static List<String> limit(List<String> items) {
        return items.subList(0, Math.min(MAX_FILES, items.size()));
    }
}
