package org.cifailureagent.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import org.junit.Test;

public class LiteralAutomatonTest {

    private static TreeSet<Integer> found(LiteralAutomaton automaton, String text) {
        TreeSet<Integer> found = new TreeSet<>();
        automaton.find(text, found::add);
        return found;
    }

    @Test
    public void findsOverlappingAndNestedLiteralsIgnoringCase() {
        LiteralAutomaton automaton = LiteralAutomaton.of(List.of("error", "rror:", "he", "she", "hers"));

        assertThat(found(automaton, "[ERROR]: ushers")).containsExactly(0, 2, 3, 4);
        assertThat(found(automaton, "ERROR: x")).containsExactly(0, 1);
        assertThat(automaton.occursIn("no match here")).isTrue();
        assertThat(automaton.occursIn("nothing at all")).isFalse();
    }

    @Test
    public void foldsCaseAsRe2DoesBeyondAscii() {
        LiteralAutomaton automaton = LiteralAutomaton.of(List.of("class", "straße", "k8s"));

        assertThat(found(automaton, "CLAſS")).as("long s is an s for (?i)").containsExactly(0);
        assertThat(found(automaton, "STRAßE")).containsExactly(1);
        assertThat(found(automaton, "\u212A8S")).as("Kelvin sign is a k for (?i)").containsExactly(2);
    }

    /** Against the obvious search: for random literals and texts, the same literals are found. */
    @Test
    public void findsWhatANaiveSearchFinds() {
        Random random = new Random(7);
        String alphabet = "abAB c:é";
        for (int round = 0; round < 300; round++) {
            List<String> literals = randomLiterals(random, alphabet, 8, () -> 1 + random.nextInt(4));
            LiteralAutomaton automaton = LiteralAutomaton.of(literals);
            for (int t = 0; t < 20; t++) {
                String text = randomText(random, alphabet + "xÉ", random.nextInt(30));
                TreeSet<Integer> expected = new TreeSet<>();
                for (int i = 0; i < literals.size(); i++) {
                    if (RequiredLiterals.fold(text).contains(RequiredLiterals.fold(literals.get(i)))) {
                        expected.add(i);
                    }
                }
                assertThat(found(automaton, text)).as("%s in %s", literals, text).isEqualTo(expected);
                assertThat(automaton.occursIn(text)).isEqualTo(!expected.isEmpty());
            }
        }
    }

    /**
     * Each occurrence is reported exactly once, also in lines long enough to be walked in two halves, where literals
     * straddle the middle and the first walk runs on past it.
     */
    @Test
    public void reportsEachOccurrenceOnceInLongLines() {
        Random random = new Random(13);
        String alphabet = "aAb:é ";
        for (int round = 0; round < 300; round++) {
            List<String> literals = randomLiterals(random, alphabet, 10,
                    () -> 1 + random.nextInt(random.nextBoolean() ? 3 : 40));
            LiteralAutomaton automaton = LiteralAutomaton.of(literals);
            for (int t = 0; t < 20; t++) {
                String text = randomText(random, alphabet, random.nextInt(300));
                int[] expected = new int[literals.size()];
                String foldedText = RequiredLiterals.fold(text);
                for (int i = 0; i < literals.size(); i++) {
                    String literal = RequiredLiterals.fold(literals.get(i));
                    for (int at = foldedText.indexOf(literal); at >= 0; at = foldedText.indexOf(literal, at + 1)) {
                        expected[i]++;
                    }
                }
                int[] reported = new int[literals.size()];
                char[] chars = (text + "trailing junk").toCharArray();

                automaton.find(chars, text.length(), literal -> reported[literal]++);

                assertThat(reported).as("%s in %s", literals, text).isEqualTo(expected);
            }
        }
    }

    /** One to {@code most} literals of the lengths {@code length} gives. */
    private static List<String> randomLiterals(Random random, String alphabet, int most, IntSupplier length) {
        List<String> literals = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(most); i++) {
            literals.add(randomText(random, alphabet, length.getAsInt()));
        }
        return literals;
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
