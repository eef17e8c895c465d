package org.cifailureagent.rules;

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
 * rules' patterns require; only the patterns whose literals all occur (one of each required set) are run, and of
 * those anchored at the line's start ({@code ^…}) only the ones whose start fits the line. A pattern with neither
 * runs on every line. Sequences keep a little state per rule between lines. One instance serves one log (it is
 * stateful); the compiled part is shared through {@link Compiled}.
 */
public final class RuleMatcher {
    private final Compiled compiled;
    private final Map<SequenceRef, Progress> sequenceProgress = new HashMap<>();
    /** The patterns worth running on the current line; reused from line to line. */
    private final BitSet candidates;
    /** By pattern: which of its literal sets the current line satisfies so far (bit i for set i). */
    private final int[] satisfied;
    /** The patterns with a bit in {@link #satisfied}, so that only they are checked and reset. */
    private final int[] touched;
    private int touchedCount;
    private final LiteralAutomaton.Found markSets;
    /**
     * The automaton of the rules' literals followed by the caller's keywords ({@link #alsoFind}); built on the first
     * line, so that a matcher given keywords never builds the automaton without them.
     */
    private LiteralAutomaton automaton;
    private List<String> keywords = List.of();
    private final BitSet keywordsFound = new BitSet();
    /** The current line's characters, for the automaton; grown to the longest line. */
    private char[] chars = new char[256];
    /** The text whose literal pass {@link #read} ran, which {@link #match} then need not run again. */
    private String read;

    public RuleMatcher(Compiled compiled) {
        this.compiled = compiled;
        this.candidates = new BitSet(compiled.patterns.size());
        this.satisfied = new int[compiled.patterns.size()];
        this.touched = new int[compiled.patterns.size()];
        this.markSets = literal -> {
            int[][] setsByLiteral = compiled.setsByLiteral;
            if (literal >= setsByLiteral.length) {
                keywordsFound.set(literal - setsByLiteral.length);
                return;
            }
            for (int entry : setsByLiteral[literal]) {
                int pattern = entry >>> SET_BITS;
                if (satisfied[pattern] == 0) {
                    touched[touchedCount++] = pattern;
                }
                satisfied[pattern] |= 1 << (entry & SET_MASK);
            }
        };
    }

    private static final int SET_BITS = 3;
    private static final int SET_MASK = (1 << SET_BITS) - 1;

    /** The rules in matcher form; immutable and safe to share between threads. */
    public static final class Compiled {
        /**
         * Bounds of the literal automaton (its table grows with their product); patterns beyond them are filtered by
         * their line start only, or run on every line. The shipped rules' selective sets hold about 23,700 literal
         * characters of 69 kinds (a table of at most 6.5 MB, less where literals share a prefix).
         */
        private static final int MAX_LITERAL_CHARS = 50_000;
        private static final int MAX_DISTINCT_CHARS = 128;

        private final RuleSet ruleSet;
        private final List<PatternRef> patterns = new ArrayList<>();
        private final List<String> literals;
        /** By literal index: (pattern index << SET_BITS | set index) of every literal set it belongs to. */
        private final int[][] setsByLiteral;
        /** By pattern: the bits of all its literal sets (0 when it has none). */
        private final int[] allSets;
        /** By pattern: the texts a matching line starts with, or null. */
        private final RequiredLiterals.LineStart[] lineStarts;
        /** Patterns with a line start but no literal set. */
        private final int[] byLineStartOnly;
        private final int[] unfiltered;
        /** Automata of the rules' literals and a caller's keywords, by keyword list (one or two lists in practice). */
        private final Map<List<String>, LiteralAutomaton> withKeywords = new java.util.concurrent.ConcurrentHashMap<>();

        public Compiled(RuleSet ruleSet) {
            this.ruleSet = ruleSet;
            for (Rule rule : ruleSet.rules()) {
                rule.patterns().forEach(pattern -> patterns.add(new PatternRef(rule, pattern, -1, -1)));
                for (int s = 0; s < rule.sequences().size(); s++) {
                    List<RulePattern> steps = rule.sequences().get(s).lines();
                    for (int step = 0; step < steps.size(); step++) {
                        patterns.add(new PatternRef(rule, steps.get(step), s, step));
                    }
                }
            }
            allSets = new int[patterns.size()];
            lineStarts = new RequiredLiterals.LineStart[patterns.size()];
            Map<String, List<Integer>> byLiteral = new LinkedHashMap<>();
            Set<Character> alphabet = new HashSet<>();
            int literalChars = 0;
            List<Integer> startOnly = new ArrayList<>();
            List<Integer> none = new ArrayList<>();
            for (int index = 0; index < patterns.size(); index++) {
                PatternPrefilter prefilter = ShippedRules.prefilter(patterns.get(index).pattern().regex());
                lineStarts[index] = prefilter.lineStart();
                List<List<String>> sets = prefilter.selectiveSets();
                Set<Character> chars = new HashSet<>(alphabet);
                sets.forEach(set -> set.forEach(l -> l.chars().forEach(c -> chars.add((char) c))));
                int length = sets.stream().flatMap(List::stream).mapToInt(String::length).sum();
                if (!sets.isEmpty() && literalChars + length <= MAX_LITERAL_CHARS
                        && chars.size() <= MAX_DISTINCT_CHARS) {
                    alphabet = chars;
                    literalChars += length;
                    for (int set = 0; set < sets.size(); set++) {
                        int entry = index << SET_BITS | set;
                        sets.get(set).forEach(l -> byLiteral.computeIfAbsent(l, k -> new ArrayList<>()).add(entry));
                        allSets[index] |= 1 << set;
                    }
                } else if (lineStarts[index] != null) {
                    startOnly.add(index);
                } else {
                    none.add(index);
                }
            }
            literals = List.copyOf(byLiteral.keySet());
            setsByLiteral = byLiteral.values().stream()
                    .map(entries -> entries.stream().mapToInt(Integer::intValue).distinct().toArray())
                    .toArray(int[][]::new);
            byLineStartOnly = startOnly.stream().mapToInt(Integer::intValue).toArray();
            unfiltered = none.stream().mapToInt(Integer::intValue).toArray();
        }

        public RuleSet ruleSet() {
            return ruleSet;
        }

        private LiteralAutomaton withKeywords(List<String> keywords) {
            return withKeywords.computeIfAbsent(List.copyOf(keywords), k -> {
                List<String> all = new ArrayList<>(literals);
                all.addAll(k);
                return LiteralAutomaton.of(all);
            });
        }

        /** The literals of the prefilter (case-folded). */
        public Set<String> literals() {
            return Set.copyOf(literals);
        }
    }

    private record PatternRef(Rule rule, RulePattern pattern, int sequence, int step) {
    }

    private record SequenceRef(Rule rule, int sequence) {
    }

    private record Progress(int nextStep, long lastNumber, String source) {
    }

    /**
     * Also finds {@code keywords} in every line matched from now on, in the same pass over the line as the rules'
     * literals (a second pass would cost as much again); {@link #keywordsFound} tells which.
     */
    public void alsoFind(List<String> keywords) {
        this.keywords = keywords;
        this.automaton = null;
    }

    /** Builds now, instead of on the first line, the automaton that {@link #alsoFind} with these keywords needs. */
    public static void prepare(Compiled compiled, List<String> keywords) {
        compiled.withKeywords(keywords);
    }

    /** The indexes, in the list given to {@link #alsoFind}, of the keywords in the line last matched. */
    public BitSet keywordsFound() {
        return keywordsFound;
    }

    /**
     * Runs the literal pass over a line ahead of {@link #match}, so that {@link #keywordsFound} tells which keywords it
     * holds before the rules run (or when they do not run at all); {@code match} of the same text reuses the pass.
     */
    public void read(String text) {
        prefilter(text);
        read = text;
    }

    /** The rules that this line completes, in rule order. */
    public List<RuleHit> match(String source, long number, String text) {
        if (text != read) {
            prefilter(text);
        }
        read = null;
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

    /** The rules whose patterns the prefilter lets run on this line (whether they match or not): what it costs. */
    Set<Rule> rulesRunOn(String text) {
        prefilter(text);
        Set<Rule> rules = new HashSet<>();
        candidates.stream().forEach(i -> rules.add(compiled.patterns.get(i).rule()));
        return rules;
    }

    /** Leaves in {@code candidates} the patterns that may match this line: the only ones whose regex runs. */
    private void prefilter(String text) {
        candidates.clear();
        keywordsFound.clear();
        if (automaton == null) {
            automaton = compiled.withKeywords(keywords);
        }
        if (text.length() > chars.length) {
            chars = new char[Math.max(text.length(), 2 * chars.length)];
        }
        text.getChars(0, text.length(), chars, 0);
        automaton.find(chars, text.length(), markSets);
        for (int i = 0; i < touchedCount; i++) {
            int pattern = touched[i];
            if (satisfied[pattern] == compiled.allSets[pattern] && admitsStart(pattern, text)) {
                candidates.set(pattern);
            }
            satisfied[pattern] = 0;
        }
        touchedCount = 0;
        for (int pattern : compiled.byLineStartOnly) {
            if (admitsStart(pattern, text)) {
                candidates.set(pattern);
            }
        }
        for (int pattern : compiled.unfiltered) {
            candidates.set(pattern);
        }
    }

    private boolean admitsStart(int pattern, String text) {
        RequiredLiterals.LineStart start = compiled.lineStarts[pattern];
        return start == null || start.admits(text);
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
