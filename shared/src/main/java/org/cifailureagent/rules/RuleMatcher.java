package org.cifailureagent.rules;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Matches every rule against a stream of lines. One Aho-Corasick pass over the line finds the literals that the
 * rules' patterns require; only the patterns whose literal occurs are run. Patterns without a usable literal run on
 * every line. Sequences keep a little state per rule between lines. One instance serves one log (it is stateful);
 * the compiled part is shared through {@link Compiled}.
 */
public final class RuleMatcher {
    private final Compiled compiled;
    private final Map<SequenceRef, Progress> sequenceProgress = new HashMap<>();

    public RuleMatcher(Compiled compiled) {
        this.compiled = compiled;
    }

    /** The rules in matcher form; immutable and safe to share between threads. */
    public static final class Compiled {
        private final RuleSet ruleSet;
        private final List<PatternRef> patterns = new ArrayList<>();
        private final Map<String, List<Integer>> patternsByLiteral = new HashMap<>();
        private final List<Integer> unfiltered = new ArrayList<>();
        private final Trie trie;

        public Compiled(RuleSet ruleSet) {
            this.ruleSet = ruleSet;
            Trie.TrieBuilder builder = Trie.builder().ignoreCase();
            for (Rule rule : ruleSet.rules()) {
                for (Pattern pattern : rule.patterns()) {
                    add(new PatternRef(rule, pattern, -1, -1), builder);
                }
                for (int s = 0; s < rule.sequences().size(); s++) {
                    List<Pattern> steps = rule.sequences().get(s).lines();
                    for (int step = 0; step < steps.size(); step++) {
                        add(new PatternRef(rule, steps.get(step), s, step), builder);
                    }
                }
            }
            trie = builder.build();
        }

        private void add(PatternRef ref, Trie.TrieBuilder builder) {
            int index = patterns.size();
            patterns.add(ref);
            List<String> literals = RequiredLiterals.of(ref.pattern().pattern());
            if (literals.isEmpty()) {
                unfiltered.add(index);
                return;
            }
            for (String literal : literals) {
                patternsByLiteral.computeIfAbsent(literal, k -> new ArrayList<>()).add(index);
                builder.addKeyword(literal);
            }
        }

        public RuleSet ruleSet() {
            return ruleSet;
        }

        /** The literals of the prefilter (lower case). */
        public java.util.Set<String> literals() {
            return java.util.Collections.unmodifiableSet(patternsByLiteral.keySet());
        }
    }

    private record PatternRef(Rule rule, Pattern pattern, int sequence, int step) {
    }

    private record SequenceRef(Rule rule, int sequence) {
    }

    private record Progress(int nextStep, long lastNumber, String source) {
    }

    /** The rules that this line completes, in rule order. */
    public List<RuleHit> match(String source, long number, String text) {
        BitSet candidates = new BitSet(compiled.patterns.size());
        if (!compiled.patternsByLiteral.isEmpty()) {
            for (Emit emit : compiled.trie.parseText(text)) {
                for (int index : compiled.patternsByLiteral.get(emit.getKeyword())) {
                    candidates.set(index);
                }
            }
        }
        for (int index : compiled.unfiltered) {
            candidates.set(index);
        }
        List<RuleHit> hits = new ArrayList<>(2);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            PatternRef ref = compiled.patterns.get(i);
            if (!ref.pattern().matcher(text).find()) {
                continue;
            }
            if (ref.sequence() < 0) {
                addOnce(hits, new RuleHit(ref.rule(), source, number));
            } else {
                advance(ref, source, number, hits);
            }
        }
        return hits;
    }

    private void advance(PatternRef ref, String source, long number, List<RuleHit> hits) {
        SequenceRef key = new SequenceRef(ref.rule(), ref.sequence());
        Rule.Sequence sequence = ref.rule().sequences().get(ref.sequence());
        Progress progress = sequenceProgress.get(key);
        boolean continues = progress != null && progress.nextStep() == ref.step()
                && progress.source().equals(source) && number - progress.lastNumber() <= sequence.within();
        if (continues) {
            if (ref.step() == sequence.lines().size() - 1) {
                sequenceProgress.remove(key);
                addOnce(hits, new RuleHit(ref.rule(), source, number));
            } else {
                sequenceProgress.put(key, new Progress(ref.step() + 1, number, source));
            }
        } else if (ref.step() == 0) {
            sequenceProgress.put(key, new Progress(1, number, source));
        }
    }

    private static void addOnce(List<RuleHit> hits, RuleHit hit) {
        for (RuleHit existing : hits) {
            if (existing.rule() == hit.rule()) {
                return;
            }
        }
        hits.add(hit);
    }
}
