package org.cifailureagent.training;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The words of top-ranked lines that at least two training logs share: a word seen once says little. */
final class Vocabulary {
    static final int MIN_LOGS = 2;

    private Vocabulary() {
    }

    static List<String> of(List<LabeledExample> examples) {
        Map<String, Integer> logs = new TreeMap<>();
        for (LabeledExample example : examples) {
            for (String word : new HashSet<>(example.features().words())) {
                logs.merge(word, 1, Integer::sum);
            }
        }
        return logs.entrySet().stream().filter(e -> e.getValue() >= MIN_LOGS).map(Map.Entry::getKey).toList();
    }

    static double oovRate(Set<String> vocabulary, List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        return (double) words.stream().filter(w -> !vocabulary.contains(w)).count() / words.size();
    }
}
