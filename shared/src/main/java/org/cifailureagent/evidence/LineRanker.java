package org.cifailureagent.evidence;

/** Scores candidate lines from their {@link RankingFeatures}; a higher score ranks first. */
public interface LineRanker {
    double[] score(float[][] features);

    /** What the report names as the ranking used (e.g. a model version, or "heuristic"). */
    String name();

    /**
     * How far below a line near a better one ({@link BlockSpread}) a line opening another block may score and still go
     * before it: in this ranker's score units, or infinite where its scores have no such scale.
     */
    double spreadMargin();
}
