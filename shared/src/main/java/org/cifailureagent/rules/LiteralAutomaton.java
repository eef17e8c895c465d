package org.cifailureagent.rules;

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

    /** Below this half length, {@link #find} walks a line in one piece. */
    private static final int MIN_HALF = 8;

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
    /** By state number: the length of the text it stands for (the longest suffix of the text read that it matches). */
    private final int[] depths;
    /** By literal: its length. */
    private final int[] lengths;

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

        // The trie, written into the table that becomes the transition function: next[state * classes + class] is the
        // child's state number, 0 meaning "no edge" (the root has no incoming edge). Building in place, with arrays
        // of ints rather than lists of boxed ones, matters because every analyze builds this table.
        int states = trieSize(folded);
        int[] table = new int[states * classes];
        depths = new int[states];
        // By state, the first literal that ends there, and by literal the next one ending at the same state (-1: none).
        int[] firstEnd = new int[states];
        int[] nextEnd = new int[folded.size()];
        Arrays.fill(firstEnd, -1);
        // By state: its first child, its next sibling (0: none), and the class of the character that leads to it.
        int[] firstChild = new int[states];
        int[] nextSibling = new int[states];
        int[] edgeClass = new int[states];
        int created = 1;
        for (int index = 0; index < folded.size(); index++) {
            int state = 0;
            for (char c : folded.get(index).toCharArray()) {
                int charClass = classOfFolded(c);
                int edge = state * classes + charClass;
                if (table[edge] == 0) {
                    depths[created] = depths[state] + 1;
                    edgeClass[created] = charClass;
                    nextSibling[created] = firstChild[state];
                    firstChild[state] = created;
                    table[edge] = created++;
                }
                state = table[edge];
            }
            nextEnd[index] = firstEnd[state];
            firstEnd[state] = index;
        }

        // Breadth-first, so a state's failure state (shallower) is complete before it. Each row starts as a copy of
        // its failure state's row, then gets its own children, already in the encoding of next (below). Copying rows
        // instead of testing every class keeps this cheap before the JIT compiles it: a loop over all the table's
        // cells made the compiler spend a quarter second on a method that runs once.
        int[] fail = new int[states];
        int[][] endsByState = new int[states][];
        int[] queue = new int[states];
        int[] row = new int[classes];
        int tail = 0;
        for (int child = firstChild[0]; child != 0; child = nextSibling[child]) {
            endsByState[child] = endsOf(child, firstEnd, nextEnd, null);
            table[edgeClass[child]] = encode(child, classes, endsByState);
            queue[tail++] = child;
        }
        for (int head = 0; head < tail; head++) {
            int state = queue[head];
            System.arraycopy(table, fail[state] * classes, row, 0, classes);
            for (int child = firstChild[state]; child != 0; child = nextSibling[child]) {
                int target = row[edgeClass[child]];
                fail[child] = (target < 0 ? ~target : target) / classes;
                endsByState[child] = endsOf(child, firstEnd, nextEnd, endsByState[fail[child]]);
                row[edgeClass[child]] = encode(child, classes, endsByState);
                queue[tail++] = child;
            }
            System.arraycopy(row, 0, table, state * classes, classes);
        }
        ends = endsByState;
        lengths = folded.stream().mapToInt(String::length).toArray();
        next = table;
    }

    /**
     * The number of states of the trie of {@code literals}: its root and one per distinct prefix. Counted first so that
     * the table, megabytes that every analyze fills, is allocated once and at its size.
     */
    private static int trieSize(List<String> literals) {
        String[] sorted = literals.toArray(String[]::new);
        Arrays.sort(sorted);
        int states = 1;
        String previous = "";
        for (String literal : sorted) {
            int shared = 0;
            while (shared < Math.min(literal.length(), previous.length())
                    && literal.charAt(shared) == previous.charAt(shared)) {
                shared++;
            }
            states += literal.length() - shared;
            previous = literal;
        }
        return states;
    }

    /** A state as {@link #next} holds it: its row's offset, negated (~offset) when literals end there. */
    private static int encode(int state, int classes, int[][] ends) {
        return ends[state] == null ? state * classes : ~(state * classes);
    }

    /**
     * The literals that end at {@code state}: its own, then those of its failure state (all shorter, so no literal
     * is listed twice); null when there are none.
     */
    private static int[] endsOf(int state, int[] firstEnd, int[] nextEnd, int[] inherited) {
        int own = 0;
        for (int literal = firstEnd[state]; literal >= 0; literal = nextEnd[literal]) {
            own++;
        }
        if (own == 0) {
            return inherited;
        }
        int[] ends = new int[own + (inherited == null ? 0 : inherited.length)];
        int i = 0;
        for (int literal = firstEnd[state]; literal >= 0; literal = nextEnd[literal]) {
            ends[i++] = literal;
        }
        if (inherited != null) {
            System.arraycopy(inherited, 0, ends, own, inherited.length);
        }
        return ends;
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
        find(text.toString().toCharArray(), text.length(), found);
    }

    /**
     * Reports every occurrence in {@code chars[0, length)} of every literal, ignoring case. An array, which a caller
     * reuses from line to line: {@code String.charAt}, with its checks of coding and bounds, made this an eighth
     * slower.
     * <p>
     * A walk through the table waits at each character for the read of the previous one, so a line is walked in two
     * halves at once, whose reads the processor overlaps. The first walk then goes on past the middle only while its
     * state still stands for text from before the middle, and reports there only the literals that began before it:
     * the second walk finds the others.
     */
    public void find(char[] chars, int length, Found found) {
        int half = length / 2;
        if (half < MIN_HALF) {
            walk(chars, 0, length, 0, found);
            return;
        }
        int first = 0;
        int second = 0;
        for (int i = 0; i < half; i++) {
            int firstTarget = next[first + classOf(chars[i])];
            int secondTarget = next[second + classOf(chars[half + i])];
            first = firstTarget < 0 ? ~firstTarget : firstTarget;
            second = secondTarget < 0 ? ~secondTarget : secondTarget;
            if ((firstTarget | secondTarget) < 0) {
                if (firstTarget < 0) {
                    report(first, 0, found);
                }
                if (secondTarget < 0) {
                    report(second, 0, found);
                }
            }
        }
        walk(chars, 2 * half, length, second, found);
        for (int i = half; i < length && depths[first / classes] > i - half; i++) {
            int target = next[first + classOf(chars[i])];
            first = target < 0 ? ~target : target;
            if (target < 0) {
                report(first, i - half + 1, found);
            }
        }
    }

    private void walk(char[] chars, int from, int to, int row, Found found) {
        for (int i = from; i < to; i++) {
            int target = next[row + classOf(chars[i])];
            row = target < 0 ? ~target : target;
            if (target < 0) {
                report(row, 0, found);
            }
        }
    }

    /** Reports the literals that end at the state of {@code row} and are longer than {@code minLength}. */
    private void report(int row, int minLength, Found found) {
        for (int literal : ends[row / classes]) {
            if (lengths[literal] > minLength) {
                found.literal(literal);
            }
        }
    }

    private int classOf(char c) {
        return c < 128 ? asciiClass[c] : otherClass(c);
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
