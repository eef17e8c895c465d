package org.cifailureagent.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.evidence.Evidence;
import org.cifailureagent.evidence.EvidenceLine;
import org.cifailureagent.evidence.RankedLine;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.normalize.Normalizer;
import org.cifailureagent.read.BuildLogs;

/**
 * A diagnostic for the category model: evidence whose ranked lines are the corpus entry's labeled root-cause lines, as
 * if the line ranking were perfect. Training and evaluating on it tells how much of the category error comes from the
 * ranking and how much from the features and labels themselves. Never used for shipped models.
 */
final class LabeledLines {
    /** Lines taken from the start of each labeled range, and in all: enough to show the failure's first block. */
    static final int PER_RANGE = 15;
    static final int TOTAL = 30;

    private LabeledLines() {
    }

    /** The evidence with its ranked lines replaced by the labeled lines (kept when the entry has no labels). */
    static Evidence rankedFirst(CorpusEntry entry, Evidence found) {
        Map<Long, RankedLine> candidates = new HashMap<>();
        found.ranked().forEach(candidate -> candidates.putIfAbsent(candidate.line().number(), candidate));
        List<RankedLine> labeled = read(entry, candidates);
        if (labeled.isEmpty()) {
            return found;
        }
        return new Evidence(labeled, found.ruleRanked(), found.context(), found.blocks(), found.ruleMatches(),
                found.totalLines());
    }

    private static List<RankedLine> read(CorpusEntry entry, Map<Long, RankedLine> candidates) {
        List<RankedLine> lines = new ArrayList<>();
        Normalizer normalizer = new Normalizer(masked -> { });
        try {
            BuildLogs.open(entry.log().toString(), System.in).read(line -> {
                if (lines.size() < TOTAL && isWanted(entry, line.number())) {
                    NormalizedLine normalized = normalizer.normalize(line);
                    EvidenceLine evidence = new EvidenceLine(normalized.source(), normalized.number(),
                            normalized.text());
                    RankedLine candidate = candidates.get(line.number());
                    lines.add(new RankedLine(evidence, TOTAL - lines.size(),
                            candidate == null ? List.of() : candidate.ruleIds(),
                            candidate == null ? null : candidate.step()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(entry.log() + ": cannot be read", e);
        }
        return lines;
    }

    private static boolean isWanted(CorpusEntry entry, long number) {
        return entry.rootCauseLines().stream()
                .anyMatch(range -> range.contains(number) && number < range.first() + PER_RANGE);
    }
}
