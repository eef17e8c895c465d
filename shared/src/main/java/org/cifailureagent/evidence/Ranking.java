package org.cifailureagent.evidence;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cifailureagent.rules.Rule;
import org.cifailureagent.structure.BuildStructure;
import org.cifailureagent.structure.Step;

/**
 * Orders the candidates once the whole log is known. The taxonomy names the causal failure, the first event that
 * broke the build: so the first line of each kind of evidence outranks its repeats, and lines inside the failing
 * step outrank lines elsewhere.
 */
final class Ranking {
    static final double FAILING_STEP_BONUS = 8;
    static final double FIRST_OF_RULE_BONUS = 6;
    static final double REPEATED_TEXT_PENALTY = 5;

    private Ranking() {
    }

    static List<Candidate> rank(List<Candidate> candidates, BuildStructure structure) {
        candidates.sort(Comparator.comparingLong(c -> c.ordinal));
        Step failing = structure.failingStep();
        boolean stepsTell = failing != null && structure.steps().size() > 1;
        Set<String> rulesSeen = new HashSet<>();
        Set<String> textsSeen = new HashSet<>();
        for (Candidate c : candidates) {
            double score = c.baseScore;
            if (stepsTell && inStep(c, failing)) {
                score += FAILING_STEP_BONUS;
            }
            boolean firstOfSomeRule = false;
            for (Rule rule : c.rules) {
                firstOfSomeRule |= rulesSeen.add(rule.id());
            }
            if (firstOfSomeRule) {
                score += FIRST_OF_RULE_BONUS;
            }
            if (!textsSeen.add(c.line.text())) {
                score -= REPEATED_TEXT_PENALTY;
            }
            c.finalScore = score;
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.finalScore)
                .thenComparingLong(c -> c.ordinal));
        return candidates;
    }

    private static boolean inStep(Candidate c, Step step) {
        return c.line.source().equals(step.source()) && c.line.number() >= step.firstLine()
                && c.line.number() <= step.lastLine();
    }
}
