package org.cifailureagent.classify.features;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cifailureagent.classify.RulesClassifier;
import org.cifailureagent.classify.Signals;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.evidence.RankedLine;
import org.cifailureagent.evidence.RuleMatch;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.rules.Rule;
import org.cifailureagent.rules.RuleSet;
import org.cifailureagent.structure.BuildStructure;
import org.cifailureagent.structure.ExitStatus;
import org.cifailureagent.structure.Step;

/**
 * Turns the signals of one analysis into the feature vector of {@link FeatureSchema} version
 * {@value FeatureSchema#VERSION}. Rule votes are features like any other, so the model decides how far to trust a
 * rule. Whether a passing log was given is deliberately not a feature: the public corpus never has one, so the model
 * would learn it as "our own examples" rather than as evidence; it stays with the rules and the report.
 */
public final class FeatureExtractor {
    private final RulesClassifier rulesClassifier;
    private final Map<String, Rule> rulesById = new java.util.HashMap<>();

    public FeatureExtractor(RuleSet rules) {
        this.rulesClassifier = new RulesClassifier(rules);
        rules.rules().forEach(rule -> rulesById.put(rule.id(), rule));
    }

    /** Every word is hashed: a model that was trained without some drops them itself ({@code XgbModel}). */
    public FeatureVector extract(Signals signals) {
        TreeMap<Integer, Float> features = new TreeMap<>();
        double[] votes = rulesClassifier.votes(signals);
        for (int c = 0; c < votes.length; c++) {
            put(features, FeatureSchema.RULE_VOTES + c, votes[c]);
        }
        for (RuleMatch match : signals.evidence().ruleMatches()) {
            add(features, FeatureSchema.RULE_COUNTS + match.rule().category().ordinal(), Math.log1p(match.count()));
            put(features, FeatureSchema.RULE_IDS + LineTokens.bucket(match.rule().id(), FeatureSchema.RULE_IDS_WIDTH),
                    1);
        }
        List<RankedLine> ranked = signals.evidence().ranked();
        if (!ranked.isEmpty()) {
            for (String id : ranked.get(0).ruleIds()) {
                Rule rule = rulesById.get(id);
                if (rule != null) {
                    max(features, FeatureSchema.TOP_LINE_RULE + rule.category().ordinal(), rule.weight());
                }
            }
        }
        exit(features, signals.structure().exitStatus());
        counts(features, signals);
        for (Location location : signals.locations()) {
            if (location.tool() != null) {
                put(features, FeatureSchema.TOOLS + LineTokens.bucket(location.tool(), FeatureSchema.TOOLS_WIDTH), 1);
            }
        }
        Step failing = signals.structure().failingStep();
        List<String> stepWords = failing == null ? List.of() : LineTokens.words(failing.name());
        List<List<String>> lineWords = lineWords(ranked);
        List<String> words = lineWords.stream().flatMap(List::stream).toList();
        TextTokens text = new TextTokens(stepWords, lineWords, blockTokens(signals.evidence().blocks()));
        TextFeatures.add(features, text, TextFeatures.KEEP_ALL);
        ecosystems(features, signals.structure(), words);
        return TextFeatures.toVector(features, words, text);
    }

    private static List<List<String>> lineWords(List<RankedLine> ranked) {
        List<List<String>> lines = new ArrayList<>();
        for (int rank = 0; rank < Math.min(FeatureSchema.TOP_LINES, ranked.size()); rank++) {
            lines.add(LineTokens.words(ranked.get(rank).line().text()));
        }
        return lines;
    }

    /** The blocks' distinct words and bigrams: the block features say only whether a token is there. */
    private static List<String> blockTokens(List<LogBlock> blocks) {
        Set<String> tokens = new LinkedHashSet<>();
        for (LogBlock block : blocks) {
            for (NormalizedLine line : block.lines()) {
                String previous = null;
                for (String word : LineTokens.words(line.text())) {
                    tokens.add(word);
                    if (previous != null) {
                        tokens.add(previous + ' ' + word);
                    }
                    previous = word;
                }
            }
        }
        return new ArrayList<>(tokens);
    }

    private static void ecosystems(TreeMap<Integer, Float> features, BuildStructure structure, List<String> words) {
        List<String> seen = new ArrayList<>(words);
        // A long Maven build repeats the same plugin executions as steps thousands of times; tokenize each name once.
        structure.steps().stream().map(Step::name).distinct().forEach(name -> seen.addAll(LineTokens.words(name)));
        for (String word : seen) {
            int slot = Ecosystems.slot(word);
            if (slot >= 0) {
                put(features, FeatureSchema.ECOSYSTEMS + slot, 1);
            }
        }
    }

    private static void exit(TreeMap<Integer, Float> features, ExitStatus exit) {
        if (exit == null) {
            return;
        }
        put(features, FeatureSchema.EXIT, 1);
        int slot = switch (exit.code()) {
            case 1 -> 1;
            case 2 -> 2;
            case 124 -> 3;
            case 137 -> 4;
            case 143 -> 5;
            case 139 -> 6;
            case 127 -> 7;
            default -> 8;
        };
        put(features, FeatureSchema.EXIT + slot, 1);
        if (exit.signal() != null) {
            put(features, FeatureSchema.EXIT + 9, 1);
        }
    }

    private static void counts(TreeMap<Integer, Float> features, Signals signals) {
        var evidence = signals.evidence();
        int at = FeatureSchema.COUNTS;
        put(features, at, Math.log1p(evidence.totalLines()));
        put(features, at + 1, evidence.ranked().size());
        put(features, at + 2, evidence.ranked().isEmpty() ? 0 : evidence.ranked().get(0).score());
        put(features, at + 3, Math.log1p(signals.failingTests().size()));
        put(features, at + 4, Math.log1p(signals.locations().size()));
        put(features, at + 5, signals.structure().failingStep() == null ? 0 : 1);
        put(features, at + 6, Math.log1p(signals.structure().steps().size()));
        put(features, at + 7, evidence.ruleMatches().size());
    }

    private static void put(TreeMap<Integer, Float> features, int index, double value) {
        features.put(index, (float) value);
    }

    private static void add(TreeMap<Integer, Float> features, int index, double value) {
        features.merge(index, (float) value, Float::sum);
    }

    private static void max(TreeMap<Integer, Float> features, int index, double value) {
        features.merge(index, (float) value, Math::max);
    }
}
