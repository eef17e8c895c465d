package org.cifailureagent.classify;

import java.util.List;
import org.cifailureagent.evidence.RankedLine;
import org.cifailureagent.evidence.RuleMatch;
import org.cifailureagent.rules.Rule;
import org.cifailureagent.rules.RuleSet;
import org.cifailureagent.structure.ExitStatus;
import org.cifailureagent.taxonomy.Category;

/**
 * Classifies from rule hits and evidence alone. Each line, in the heuristic ranking's order, votes for the categories of the rules it matched,
 * with the rule's weight, discounted by the line's rank (the best-ranked line is most likely the cause). Rules of
 * weight 9 and 10 are conclusive wherever they match, so each such rule also votes once with part of its weight,
 * whatever the rank of its lines. The exit code adds its own vote. A softmax turns the votes into probabilities; {@code unknown} holds a fixed vote, so a
 * log with little evidence stays unknown.
 */
public final class RulesClassifier implements Classifier {
    /** Below this top probability the answer is {@code unknown}. */
    public static final double UNKNOWN_THRESHOLD = 0.40;
    static final double UNKNOWN_VOTE = 3.0;
    static final double TEMPERATURE = 2.5;
    static final int CONCLUSIVE_WEIGHT = 9;
    static final double PRESENCE_SHARE = 0.6;

    private final java.util.Map<String, Rule> rulesById = new java.util.HashMap<>();

    public RulesClassifier(RuleSet rules) {
        rules.rules().forEach(rule -> rulesById.put(rule.id(), rule));
    }

    @Override
    public Classification classify(Signals signals) {
        double[] votes = votes(signals);
        return Classification.fromProbabilities(softmax(votes), UNKNOWN_THRESHOLD);
    }

    /** The raw votes per category (by ordinal); also a feature set for the model. */
    public double[] votes(Signals signals) {
        double[] votes = new double[Category.values().length];
        List<RankedLine> ranked = signals.evidence().ruleRanked();
        for (int rank = 0; rank < ranked.size(); rank++) {
            double discount = 1.0 / (1.0 + rank);
            for (String id : ranked.get(rank).ruleIds()) {
                Rule rule = rulesById.get(id);
                if (rule != null) {
                    votes[rule.category().ordinal()] += rule.weight() * discount;
                }
            }
        }
        for (RuleMatch match : signals.evidence().ruleMatches()) {
            Rule rule = match.rule();
            if (rule.weight() >= CONCLUSIVE_WEIGHT) {
                votes[rule.category().ordinal()] += rule.weight() * PRESENCE_SHARE;
            }
        }
        ExitStatus exit = signals.structure().exitStatus();
        if (exit != null) {
            if (exit.code() == 124) {
                votes[Category.TIMEOUT.ordinal()] += 4;
            } else if (exit.code() == 137) {
                votes[Category.RESOURCE.ordinal()] += 3;
            }
        }
        if (!signals.failingTests().isEmpty()) {
            votes[Category.TEST.ordinal()] += 2;
        }
        votes[Category.UNKNOWN.ordinal()] = Math.max(votes[Category.UNKNOWN.ordinal()], UNKNOWN_VOTE);
        return votes;
    }

    static double[] softmax(double[] votes) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : votes) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[votes.length];
        for (int i = 0; i < votes.length; i++) {
            p[i] = Math.exp((votes[i] - max) / TEMPERATURE);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
