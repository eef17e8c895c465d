package org.cifailureagent.rules;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches every rule against a stream of lines. One Aho-Corasick pass over the line finds the literals that the
 * rules' patterns require; only the patterns whose literal occurs are run. A pattern without a usable literal but
 * anchored at the line's start runs on lines that start right; the others run on every line. Sequences keep a little state per rule between lines. One instance serves one log (it is stateful);
 * the compiled part is shared through {@link Compiled}.
 */
public final class RuleMatcher {
    private final Compiled compiled;
    private final Map<SequenceRef, Progress> sequenceProgress = new HashMap<>();
    /** The patterns worth running on the current line; reused from line to line. */
    private final BitSet candidates;
    private final LiteralAutomaton.Found markPatterns;

    public RuleMatcher(Compiled compiled) {
        this.compiled = compiled;
        this.candidates = new BitSet(compiled.patterns.size());
        this.markPatterns = literal -> {
            for (int index : compiled.patternsByLiteral.get(literal)) {
                candidates.set(index);
            }
        };
    }

    /** The rules in matcher form; immutable and safe to share between threads. */
    public static final class Compiled {
        /**
         * Bounds of the literal automaton (its table grows with their product); patterns beyond them run unfiltered.
         * The shipped rules use about 4,000 literal characters of 60 kinds.
         */
        private static final int MAX_LITERAL_CHARS = 50_000;
        private static final int MAX_DISTINCT_CHARS = 128;

        private final RuleSet ruleSet;
        private final List<PatternRef> patterns = new ArrayList<>();
        private final List<String> literals = new ArrayList<>();
        /** By literal index: the patterns that need it. */
        private final List<int[]> patternsByLiteral = new ArrayList<>();
        /** Patterns without literals but anchored at the line's start, with the texts a matching line starts with. */
        private final List<Integer> byLineStart = new ArrayList<>();
        private final List<RequiredLiterals.LineStart> lineStarts = new ArrayList<>();
        private final List<Integer> unfiltered = new ArrayList<>();
        private final LiteralAutomaton automaton;

        public Compiled(RuleSet ruleSet) {
            this.ruleSet = ruleSet;
            Map<String, List<Integer>> byLiteral = new LinkedHashMap<>();
            Set<Character> alphabet = new HashSet<>();
            int literalChars = 0;
            for (Rule rule : ruleSet.rules()) {
                List<PatternRef> refs = new ArrayList<>();
                rule.patterns().forEach(pattern -> refs.add(new PatternRef(rule, pattern, -1, -1)));
                for (int s = 0; s < rule.sequences().size(); s++) {
                    List<Pattern> steps = rule.sequences().get(s).lines();
                    for (int step = 0; step < steps.size(); step++) {
                        refs.add(new PatternRef(rule, steps.get(step), s, step));
                    }
                }
                for (PatternRef ref : refs) {
                    int index = patterns.size();
                    patterns.add(ref);
                    List<String> required = RequiredLiterals.of(ref.pattern().pattern());
                    Set<Character> chars = new HashSet<>(alphabet);
                    required.forEach(l -> l.chars().forEach(c -> chars.add((char) c)));
                    int length = required.stream().mapToInt(String::length).sum();
                    if (!required.isEmpty() && literalChars + length <= MAX_LITERAL_CHARS
                            && chars.size() <= MAX_DISTINCT_CHARS) {
                        alphabet = chars;
                        literalChars += length;
                        required.forEach(l -> byLiteral.computeIfAbsent(l, k -> new ArrayList<>()).add(index));
                        continue;
                    }
                    RequiredLiterals.LineStart start = RequiredLiterals.lineStart(ref.pattern().pattern());
                    if (start != null) {
                        byLineStart.add(index);
                        lineStarts.add(start);
                    } else {
                        unfiltered.add(index);
                    }
                }
            }
            byLiteral.forEach((literal, indexes) -> {
                literals.add(literal);
                patternsByLiteral.add(indexes.stream().mapToInt(Integer::intValue).toArray());
            });
            automaton = literals.isEmpty() ? null : LiteralAutomaton.of(literals);
        }

        public RuleSet ruleSet() {
            return ruleSet;
        }

        /** The literals of the prefilter (case-folded). */
        public Set<String> literals() {
            return Set.copyOf(literals);
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
        candidates.clear();
        if (compiled.automaton != null) {
            compiled.automaton.find(text, markPatterns);
        }
        for (int i = 0; i < compiled.byLineStart.size(); i++) {
            if (compiled.lineStarts.get(i).admits(text)) {
                candidates.set(compiled.byLineStart.get(i));
            }
        }
        for (int index : compiled.unfiltered) {
            candidates.set(index);
        }
        if (candidates.isEmpty()) {
            return List.of();
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
