package org.cifailureagent.training;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.cifailureagent.classify.features.TextFeatures;
import org.cifailureagent.classify.features.TextTokens;

/**
 * Project-support pruning: a word (or bigram) of the hashed text that only a few projects' logs print can only tell
 * those projects' examples apart, so the trees would memorize it instead of learning what carries to a new project.
 * Words and bigrams printed in fewer than {@code minProjects} groups (CI projects, fixture projects) of the training
 * examples are dropped before hashing, from the examples trained on and from those scored alike; so are the words no
 * training log printed. All three text groups are pruned: the failing step's words, the top lines' and the blocks'.
 */
final class ProjectSupport {
    private ProjectSupport() {
    }

    /**
     * The text keys ({@link TextTokens#keys()}) printed in at least {@code minProjects} groups of {@code training}; null
     * when {@code minProjects} is 1 or less, which keeps every word, seen in training or not.
     */
    static Set<String> kept(List<LabeledExample> training, int minProjects) {
        if (minProjects <= 1) {
            return null;
        }
        Map<String, Set<String>> keysByGroup = new HashMap<>();
        for (LabeledExample example : training) {
            keysByGroup.computeIfAbsent(example.groupKey(), g -> new HashSet<>())
                    .addAll(example.features().text().keys());
        }
        Map<String, Integer> groups = new HashMap<>();
        keysByGroup.values().forEach(keys -> keys.forEach(key -> groups.merge(key, 1, Integer::sum)));
        Set<String> kept = new HashSet<>();
        groups.forEach((key, count) -> {
            if (count >= minProjects) {
                kept.add(key);
            }
        });
        return kept;
    }

    /** The filter of {@link #kept}'s keys. */
    static Predicate<String> keeps(Set<String> kept) {
        return kept == null ? TextFeatures.KEEP_ALL : kept::contains;
    }

    static List<LabeledExample> prune(List<LabeledExample> examples, Predicate<String> keeps) {
        if (keeps == TextFeatures.KEEP_ALL) {
            return examples;
        }
        return examples.stream().map(e -> new LabeledExample(e.entry(), TextFeatures.keepOnly(e.features(), keeps),
                e.rulesOnly(), e.ranked())).toList();
    }
}
