package org.cifailureagent.evidence.ranker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.evidence.EvidenceCollector.CandidateRow;
import org.cifailureagent.evidence.RankingFeatures;

/**
 * How often each word stood on a candidate line of the training logs, and on one inside a labeled root-cause range,
 * in all and per CI project: what {@link WordEvidence} is fitted from.
 * <p>
 * A training log's own columns are computed without its project's counts (leave one project out), so that the
 * trees see on training rows what they will see on a project they never saw: without it, a word that only one
 * project prints would look like perfect evidence in training and say nothing in use.
 */
final class WordCounts {
    /** Words fewer projects print say what one project does, not what a root cause looks like. */
    static final int MIN_PROJECTS = 2;
    /** Pseudo-counts at the base rate: a word seen on three lines does not get the log-odds of a word seen on 3,000. */
    static final double PSEUDO_COUNT = 10;

    /** By word: [candidate lines, of which in a labeled range]. */
    private final Map<String, long[]> total = new HashMap<>();
    private final Map<String, Map<String, long[]>> byProject = new HashMap<>();
    private final double baseRate;

    private WordCounts(List<RankingExample> examples) {
        long lines = 0;
        long relevant = 0;
        for (RankingExample example : examples) {
            if (!example.hasRelevant()) {
                continue;
            }
            for (int i = 0; i < example.rows().size(); i++) {
                boolean inRange = example.relevant()[i];
                lines++;
                relevant += inRange ? 1 : 0;
                for (String word : WordEvidence.distinct(RankingFeatures.words(example.rows().get(i).text()))) {
                    add(total.computeIfAbsent(word, w -> new long[2]), inRange);
                    add(byProject.computeIfAbsent(word, w -> new HashMap<>())
                            .computeIfAbsent(example.group(), g -> new long[2]), inRange);
                }
            }
        }
        baseRate = lines == 0 ? 0 : (double) relevant / lines;
    }

    private static void add(long[] counts, boolean inRange) {
        counts[0]++;
        counts[1] += inRange ? 1 : 0;
    }

    /** Counts over the examples that have a candidate in their label (the others teach a ranker nothing). */
    static WordCounts of(List<RankingExample> examples) {
        return new WordCounts(examples);
    }

    /**
     * The word's log-odds above the base rate, counted without the lines of {@code leftOut} (a project, or null);
     * NaN when fewer than {@link #MIN_PROJECTS} other projects print it.
     */
    double logOdds(String word, String leftOut) {
        long[] counts = total.get(word);
        if (counts == null || baseRate <= 0 || baseRate >= 1) {
            return Double.NaN;
        }
        Map<String, long[]> projects = byProject.get(word);
        long lines = counts[0];
        long relevant = counts[1];
        int support = projects.size();
        long[] own = leftOut == null ? null : projects.get(leftOut);
        if (own != null) {
            lines -= own[0];
            relevant -= own[1];
            support--;
        }
        if (support < MIN_PROJECTS) {
            return Double.NaN;
        }
        double rate = (relevant + PSEUDO_COUNT * baseRate) / (lines + PSEUDO_COUNT);
        return Math.log(rate / (1 - rate)) - Math.log(baseRate / (1 - baseRate));
    }

    /** The table a shipped ranker carries: every word enough projects print, with all the counts. */
    WordEvidence evidence() {
        Map<String, Float> table = new HashMap<>();
        for (String word : total.keySet()) {
            double value = logOdds(word, null);
            if (!Double.isNaN(value)) {
                table.put(word, (float) value);
            }
        }
        return new WordEvidence(table);
    }

    /** The example's rows with the word-evidence columns a ranker trains on: its own project left out. */
    List<float[]> trainingRows(RankingExample example) {
        List<float[]> rows = new ArrayList<>(example.rows().size());
        for (CandidateRow row : example.rows()) {
            rows.add(WordEvidence.append(row.features(), row.text(), word -> logOdds(word, example.group())));
        }
        return rows;
    }
}
