package org.cifailureagent.evidence.ranker;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.cifailureagent.evidence.RankingFeatures;

/**
 * What each word of a candidate line said in the training logs about the line being the root cause: the smoothed
 * log-odds that a candidate line holding the word lies in a labeled root-cause range, above the base rate of all
 * candidate lines ({@link WordCounts}). A line gets three columns: the highest, the lowest and the mean over its words
 * that the table knows, NaN when it knows none.
 * <p>
 * The bag of words in {@link RankingFeatures} hashes 28,000 words into 128 buckets, so a tree learns what a bucket
 * means for a mix of words; this table speaks for each word on its own, pooled over the training projects.
 */
public final class WordEvidence {
    /** The columns a line ranker's features get after {@link RankingFeatures#COLUMNS}. */
    public static final int COLUMNS = 3;

    private final Map<String, Float> logOdds;

    WordEvidence(Map<String, Float> logOdds) {
        this.logOdds = Map.copyOf(logOdds);
    }

    /** The line's features followed by its word-evidence columns. */
    float[] append(float[] features, String text) {
        return append(features, text, word -> {
            Float known = logOdds.get(word);
            return known == null ? Double.NaN : known;
        });
    }

    /** @param logOdds a word's log-odds, NaN for a word that says nothing */
    static float[] append(float[] features, String text, ToDoubleFunction<String> logOdds) {
        float[] row = Arrays.copyOf(features, features.length + COLUMNS);
        double highest = Double.NEGATIVE_INFINITY;
        double lowest = Double.POSITIVE_INFINITY;
        double sum = 0;
        int known = 0;
        for (String word : distinct(RankingFeatures.words(text))) {
            double value = logOdds.applyAsDouble(word);
            if (!Double.isNaN(value)) {
                highest = Math.max(highest, value);
                lowest = Math.min(lowest, value);
                sum += value;
                known++;
            }
        }
        row[features.length] = known == 0 ? Float.NaN : (float) highest;
        row[features.length + 1] = known == 0 ? Float.NaN : (float) lowest;
        row[features.length + 2] = known == 0 ? Float.NaN : (float) (sum / known);
        return row;
    }

    static List<String> distinct(List<String> words) {
        return words.stream().distinct().toList();
    }

    int size() {
        return logOdds.size();
    }

    /**
     * The table as text: one word and its value per line, separated by the line's last tab (a word may hold a tab, never
     * a line break), words in sorted order so that the same training gives the same model file. Not JSON: reading it
     * with Jackson made loading the ranker take 0.42-0.45 s in a cold JVM, against 0.09-0.10 s for this text.
     */
    String toText() {
        StringBuilder text = new StringBuilder(logOdds.size() * 16);
        new TreeMap<>(logOdds).forEach((word, value) -> text.append(word).append('\t').append(value).append('\n'));
        return text.toString();
    }

    static WordEvidence fromText(String text) throws IOException {
        Map<String, Float> table = new HashMap<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int tab = end < 0 ? -1 : text.lastIndexOf('\t', end);
            if (tab < start) {
                throw new IOException("the word evidence is damaged after " + table.size() + " words");
            }
            try {
                table.put(text.substring(start, tab), Float.parseFloat(text.substring(tab + 1, end)));
            } catch (NumberFormatException e) {
                throw new IOException("the word evidence is damaged after " + table.size() + " words");
            }
            start = end + 1;
        }
        return new WordEvidence(table);
    }
}
