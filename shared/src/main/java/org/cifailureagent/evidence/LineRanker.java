package org.cifailureagent.evidence;

/** Scores candidate lines from their {@link RankingFeatures}; a higher score ranks first. */
public interface LineRanker {
    double[] score(float[][] features);

    /** What the report names as the ranking used (e.g. a model version, or "heuristic"). */
    String name();
}
