package org.cifailureagent.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.cifailureagent.corpus.CorpusEntry;

/**
 * Assigns corpus entries to k folds so that one group (a CI project, or a fixture project) never sits on both sides.
 * Deterministic: the biggest groups go first, each to the fold with the fewest examples so far (ties by name, or in an
 * order shuffled by a split seed, then by fold number), which keeps folds balanced.
 */
public final class GroupedFolds {
    private GroupedFolds() {
    }

    /**
     * The fold (0..k-1) of each entry, in the order given. The group is the project, whichever corpus it comes from,
     * so that a correction recorded for a project never lands opposite that project's logs in another corpus.
     *
     * @param splitSeed 0 deals groups of equal size by name; another value shuffles them first, so that a change can
     *        be judged on more than one split of the projects (most LogChunks projects have the same number of logs)
     */
    public static int[] assign(List<CorpusEntry> entries, int k, long splitSeed) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        }
        Map<String, Integer> sizes = new TreeMap<>();
        for (CorpusEntry entry : entries) {
            sizes.merge(entry.group(), 1, Integer::sum);
        }
        if (sizes.size() < k) {
            throw new IllegalArgumentException("only " + sizes.size() + " groups (projects) for " + k + " folds");
        }
        List<Map.Entry<String, Integer>> groups = new ArrayList<>(sizes.entrySet());
        if (splitSeed != 0) {
            Collections.shuffle(groups, new Random(splitSeed));
        }
        // A stable sort: groups of equal size stay in name order, or in the shuffled order.
        groups.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()));
        int[] load = new int[k];
        Map<String, Integer> foldOf = new TreeMap<>();
        for (Map.Entry<String, Integer> group : groups) {
            int lightest = 0;
            for (int f = 1; f < k; f++) {
                if (load[f] < load[lightest]) {
                    lightest = f;
                }
            }
            foldOf.put(group.getKey(), lightest);
            load[lightest] += group.getValue();
        }
        int[] folds = new int[entries.size()];
        for (int i = 0; i < folds.length; i++) {
            folds[i] = foldOf.get(entries.get(i).group());
        }
        return folds;
    }
}
