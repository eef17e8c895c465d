package org.cifailureagent.evidence;

import java.util.Comparator;
import java.util.List;
import org.cifailureagent.structure.BuildStructure;

/** Orders the candidates once the whole log is known: features first, then the ranker's scores. */
final class Ranking {
    private Ranking() {
    }

    /**
     * @param failureMark ordinal of the failing command's exit line, or 0 when the log has none
     * @param failingCommand ordinal of the failing command's echo, or 0 when unknown
     * @param baseline the passing run's lines, or null: when given, lines it also printed rank after every new line
     */
    static List<Candidate> rank(List<Candidate> candidates, BuildStructure structure, long failureMark,
                                long failingCommand, long totalLines, LineRanker ranker, PassingLogBaseline baseline) {
        float[][] features = RankingFeatures.of(candidates, structure, failureMark, failingCommand, totalLines);
        double[] scores = ranker.score(features, candidates.stream().map(c -> c.line.text()).toList());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            c.finalScore = scores[i];
            c.alsoInPassingRun = baseline != null && baseline.contains(c.line.text());
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.alsoInPassingRun)
                .thenComparingDouble(c -> -c.finalScore)
                .thenComparingLong(c -> c.ordinal));
        return candidates;
    }
}
