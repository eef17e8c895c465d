package org.cifailureagent.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds which of a fixed list of literals occur in a text, ignoring case, in one pass: an Aho-Corasick automaton
 * compiled to a dense transition table, so each character costs one array read. It runs on every line of every
 * log, for the rules' literals and the error keywords at once; the org.ahocorasick library it replaces looks up a
 * hash map per character and allocates per match, which made this pass ten times slower.
 */
public final class LiteralAutomaton {
    /** Receives the index of each literal found (once per occurrence). */
    @FunctionalInterface
    public interface Found {
        void literal(int index);
    }

    private final int classes;
    private final int[] asciiClass = new int[128];
    /** Non-ASCII characters of the literals (folded, sorted) and their classes. */
    private final char[] otherChars;
    private final int[] otherClasses;
    /**
     * For each state's row offset plus a character class, the next state's row offset; negated (~offset) when that
     * state ends one or more literals.
     */
    private final int[] next;
    /** By state number: the literals that end there, including those that end in its suffixes; else null. */
    private final int[][] ends;

    private LiteralAutomaton(List<String> literals) {
        TreeSet<Character> alphabet = new TreeSet<>();
        List<String> folded = new ArrayList<>(literals.size());
        for (String literal : literals) {
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("empty literal");
            }
            String f = RequiredLiterals.fold(literal);
            folded.add(f);
            f.chars().forEach(c -> alphabet.add((char) c));
        }
        classes = alphabet.size() + 1;
        int nonAscii = (int) alphabet.stream().filter(c -> c >= 128).count();
        otherChars = new char[nonAscii];
        otherClasses = new int[nonAscii];
        int cls = 1;
        int other = 0;
        for (char c : alphabet) {
            if (c < 128) {
                asciiClass[c] = cls;
            } else {
                otherChars[other] = c;
                otherClasses[other++] = cls;
            }
            cls++;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            asciiClass[c] = asciiClass[RequiredLiterals.fold(c)];
        }

        // The trie: goto[state * classes + class], 0 meaning "no edge" (the root has no incoming edge).
        int capacity = 1 + folded.stream().mapToInt(String::length).sum();
        int[] trie = new int[capacity * classes];
        List<List<Integer>> endsAt = new ArrayList<>();
        endsAt.add(new ArrayList<>());
        int states = 1;
        for (int index = 0; index < folded.size(); index++) {
            int state = 0;
            for (char c : folded.get(index).toCharArray()) {
                int edge = state * classes + classOfFolded(c);
                if (trie[edge] == 0) {
                    trie[edge] = states++;
                    endsAt.add(new ArrayList<>());
                }
                state = trie[edge];
            }
            endsAt.get(state).add(index);
        }

        // Breadth-first: failure links, inherited matches, and the full transition function.
        int[] fail = new int[states];
        int[] delta = new int[states * classes];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < classes; c++) {
            int child = trie[c];
            delta[c] = child;
            if (child != 0) {
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            endsAt.get(state).addAll(endsAt.get(fail[state]));
            for (int c = 0; c < classes; c++) {
                int child = trie[state * classes + c];
                if (child != 0) {
                    fail[child] = delta[fail[state] * classes + c];
                    delta[state * classes + c] = child;
                    queue.add(child);
                } else {
                    delta[state * classes + c] = delta[fail[state] * classes + c];
                }
            }
        }
        ends = new int[states][];
        for (int s = 0; s < states; s++) {
            List<Integer> e = endsAt.get(s);
            ends[s] = e.isEmpty() ? null : e.stream().mapToInt(Integer::intValue).distinct().toArray();
        }
        next = new int[delta.length];
        for (int i = 0; i < delta.length; i++) {
            int target = delta[i];
            next[i] = ends[target] == null ? target * classes : ~(target * classes);
        }
    }

    /**
     * An automaton for {@code literals}; the index of a literal in this list is what {@link #find} reports. Its table
     * takes 4 bytes per (literal character × distinct character): callers bound both.
     */
    public static LiteralAutomaton of(List<String> literals) {
        return new LiteralAutomaton(literals);
    }

    /** Reports every occurrence in {@code text} of every literal, ignoring case. */
    public void find(CharSequence text, Found found) {
        int row = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int target = next[row + (c < 128 ? asciiClass[c] : otherClass(c))];
            if (target < 0) {
                row = ~target;
                for (int literal : ends[row / classes]) {
                    found.literal(literal);
                }
            } else {
                row = target;
            }
        }
    }

    /** Whether {@code text} holds any of the literals. */
    public boolean occursIn(CharSequence text) {
        int row = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            row = next[row + (c < 128 ? asciiClass[c] : otherClass(c))];
            if (row < 0) {
                return true;
            }
        }
        return false;
    }

    private int otherClass(char c) {
        char f = RequiredLiterals.fold(c);
        if (f < 128) {
            return asciiClass[f];
        }
        int at = Arrays.binarySearch(otherChars, f);
        return at < 0 ? 0 : otherClasses[at];
    }

    private int classOfFolded(char c) {
        return c < 128 ? asciiClass[c] : otherClasses[Arrays.binarySearch(otherChars, c)];
    }
}
