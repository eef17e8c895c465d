package org.cifailureagent.evidence;

import java.util.List;

/** Scores candidate lines from their {@link RankingFeatures} and texts; a higher score ranks first. */
public interface LineRanker {
    /**
     * @param features the candidates' {@link RankingFeatures}
     * @param texts the candidates' normalized texts, in the same order
     */
    double[] score(float[][] features, List<String> texts);

    /** What the report names as the ranking used (e.g. a model version, or "heuristic"). */
    String name();

    /**
     * How far below a line near a better one ({@link BlockSpread}) a line opening another block may score and still go
     * before it: in this ranker's score units, or infinite where its scores have no such scale.
     */
    double spreadMargin();
}
