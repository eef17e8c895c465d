package org.cifailureagent.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.Test;

public class RequiredLiteralsTest {

    @Test
    public void plainTextIsItsOwnLiteral() {
        assertThat(RequiredLiterals.of("BUILD FAILURE")).containsExactly("build failure");
    }

    @Test
    public void oneLiteralPerTopLevelAlternative() {
        assertThat(RequiredLiterals.of("Connection refused|ECONNREFUSED")).containsExactly("connection refused",
                "econnrefused");
        assertThat(RequiredLiterals.of("Connection refused|ab")).isEmpty();
    }

    @Test
    public void classesAndQuantifiersBreakLiterals() {
        assertThat(RequiredLiterals.of("Tests run: \\d+, Failures: [1-9]\\d*")).as("no line with Failures: 0")
                .hasSize(9).contains(", failures: 1", ", failures: 9");
        assertThat(RequiredLiterals.of("colou?r scheme")).containsExactly("colour scheme", "color scheme");
        assertThat(RequiredLiterals.of("abcd{2,3}efg")).containsExactly("abcdd");
        assertThat(RequiredLiterals.of("ab+cdef")).containsExactly("bcdef");
    }

    @Test
    public void alternativesInAGroupGiveASetOfLiterals() {
        assertThat(RequiredLiterals.of("npm (ERR!|error) code E404")).containsExactly("npm err! code e404",
                "npm error code e404");
        assertThat(RequiredLiterals.of("^\\s*(SyntaxError|IndentationError|TabError): ")).containsExactly(
                "syntaxerror: ", "indentationerror: ", "taberror: ");
        assertThat(RequiredLiterals.of("(foo|bar)+")).containsExactly("foo", "bar");
        assertThat(RequiredLiterals.of("(50[234]) (Bad Gateway|Service Unavailable|Gateway Time-?out)"))
                .hasSize(12).contains("502 bad gateway", "503 service unavailable", "504 gateway time-out",
                        "504 gateway timeout");
    }

    @Test
    public void smallClassesNextToLiteralsMultiplyIntoLiterals() {
        assertThat(RequiredLiterals.of("SC\\d{4}")).containsExactly("sc0", "sc1", "sc2", "sc3", "sc4", "sc5", "sc6",
                "sc7", "sc8", "sc9");
        assertThat(RequiredLiterals.of("^\\s*\\d+\\) .+:$")).containsExactly("0) ", "1) ", "2) ", "3) ", "4) ",
                "5) ", "6) ", "7) ", "8) ", "9) ");
        assertThat(RequiredLiterals.of("^_{3,} \\S.* _{3,}$")).containsExactly("___ ");
    }

    @Test
    public void deeplyNestedGroupsGetNoPrefilterInsteadOfAnError() {
        String regex = "(".repeat(100_000) + "abc" + ")".repeat(100_000);

        assertThat(RequiredLiterals.of(regex)).isEmpty();
        assertThat(RequiredLiterals.lineStart("^" + regex)).isNull();
    }

    @Test
    public void severalSetsCanBeRequiredTogether() {
        List<List<String>> sets = RequiredLiterals.allOf("Tests run: \\d+, Failures: \\d+, Errors: [1-9]\\d*");

        assertThat(sets).hasSize(3).contains(List.of("tests run: "), List.of(", failures: "))
                .anySatisfy(set -> assertThat(set).hasSize(9).contains(", errors: 1", ", errors: 9"));
        assertThat(RequiredLiterals.allOf("^\\S+:\\d+$")).isEmpty();
    }

    @Test
    public void anchoredPatternsWithoutLiteralsAreFilteredByTheirStart() {
        assertThat(RequiredLiterals.of("^E\\s+\\w")).isEmpty();
        RequiredLiterals.LineStart start = RequiredLiterals.lineStart("^E\\s+\\w");
        assertThat(start.admits("E   assert 1 == 2")).isTrue();
        assertThat(start.admits("e x")).as("case-folded, like the literal prefilter").isTrue();
        assertThat(start.admits(" E x")).isFalse();
        assertThat(RequiredLiterals.lineStart("^\\s*[-*] \\w").admits("   - item")).isTrue();
        assertThat(RequiredLiterals.lineStart("^\\s*[-*] \\w").admits("   + item")).isFalse();
        assertThat(RequiredLiterals.lineStart("^E|x")).as("the anchor binds the first alternative only").isNull();
        assertThat(RequiredLiterals.lineStart("^\\S+: ")).isNull();
        assertThat(RequiredLiterals.lineStart("^\\s* x")).as("its space is skipped with the rest").isNotNull()
                .satisfies(s -> assertThat(s.admits("   x")).isTrue());
    }

    @Test
    public void escapedPunctuationIsLiteral() {
        assertThat(RequiredLiterals.of("\\[ERROR\\] .*\\.java:\\[\\d+")).containsExactly("[error] ");
    }

    @Test
    public void escapesThatNameOtherCharactersAreNotLiterals() {
        // \x41 is "A", \101 is "A" and \pN is a digit: none of the letters after the backslash appear in a match.
        assertThat(RequiredLiterals.of("\\x41bc")).doesNotContain("41bc");
        assertThat(RequiredLiterals.of("\\x{41}bcd")).containsExactly("bcd");
        assertThat(RequiredLiterals.of("\\101bcd")).containsExactly("bcd");
        assertThat(RequiredLiterals.of("\\pNabc")).containsExactly("abc");
        assertThat(RequiredLiterals.of("\\p{Greek}abc")).containsExactly("abc");
    }

    @Test
    public void posixClassesInsideBracketsAreSkippedWhole() {
        assertThat(RequiredLiterals.of("[[:alpha:]]foo")).containsExactly("foo");
        assertThat(RequiredLiterals.of("[[:digit:]x]+ errors")).containsExactly(" errors");
    }

    @Test
    public void patternsWithoutLiteralsGetNone() {
        assertThat(RequiredLiterals.of("^\\S+:\\d+:\\d+$")).isEmpty();
        assertThat(RequiredLiterals.of("(a|b)c|xyz")).isEmpty();
        assertThat(RequiredLiterals.of("[a-z]+ \\w*")).isEmpty();
    }

    /**
     * The property the prefilter relies on: every string the pattern matches contains one of the literals. Random
     * patterns are generated with a generator of strings they match, so no regex engine is needed to invert them.
     */
    @Test
    public void everyMatchContainsAReturnedLiteral() {
        Random random = new Random(20261126);
        int patternsWithLiterals = 0;
        int anchoredPatterns = 0;
        for (int round = 0; round < 3_000; round++) {
            Node node = randomNode(random, 3, true);
            String regex = node.regex(true);
            Pattern pattern = Pattern.compile(regex);
            List<String> literals = RequiredLiterals.of(regex);
            RequiredLiterals.LineStart anchored = RequiredLiterals.lineStart("^(?:" + regex + ")");
            RequiredLiterals.LineStart anchoredAfterSpace = RequiredLiterals.lineStart("^\\s*(?:" + regex + ")");
            if (anchored != null) {
                anchoredPatterns++;
            }
            if (!literals.isEmpty()) {
                patternsWithLiterals++;
            }
            for (int sample = 0; sample < 20; sample++) {
                StringBuilder out = new StringBuilder();
                node.generate(random, out);
                String text = out.toString();
                assertThat(pattern.matcher(text).find()).as("generator sanity: %s matches %s", regex, text).isTrue();
                if (!literals.isEmpty()) {
                    String lower = text.toLowerCase(Locale.ROOT);
                    assertThat(literals).as("%s on %s", regex, text).anyMatch(lower::contains);
                }
                if (anchored != null) {
                    assertThat(anchored.admits(text)).as("^%s on %s", regex, text).isTrue();
                }
                if (anchoredAfterSpace != null) {
                    assertThat(anchoredAfterSpace.admits(" \t " + text)).as("^\\s*%s on %s", regex, text).isTrue();
                }
            }
        }
        assertThat(patternsWithLiterals).as("the generator must produce patterns with literals").isGreaterThan(500);
        assertThat(anchoredPatterns).as("and patterns with known starts").isGreaterThan(500);
    }

    private interface Node {
        String regex(boolean top);

        void generate(Random random, StringBuilder out);
    }

    private static final String PLAIN = "abcxyzABC019 :-_=/";
    private static final String META = ".[](){}*+?|^$\\";

    private static Node randomNode(Random random, int depth, boolean top) {
        int kind = depth <= 0 ? random.nextInt(3) : random.nextInt(10);
        switch (kind) {
            case 0, 1:
                return literalRun(random);
            case 2:
                return atom(random);
            case 3, 4, 5: {
                List<Node> parts = new ArrayList<>();
                int n = 2 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    parts.add(randomNode(random, depth - 1, false));
                }
                return concat(parts);
            }
            case 6, 7: {
                List<Node> parts = new ArrayList<>();
                int n = 2 + random.nextInt(2);
                for (int i = 0; i < n; i++) {
                    parts.add(randomNode(random, depth - 1, false));
                }
                return alternation(parts, !top || random.nextBoolean());
            }
            default:
                return quantified(randomNode(random, depth - 1, false), random);
        }
    }

    private static Node literalRun(Random random) {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            text.append(random.nextInt(5) == 0 ? META.charAt(random.nextInt(META.length()))
                    : PLAIN.charAt(random.nextInt(PLAIN.length())));
        }
        String literal = text.toString();
        return new Node() {
            public String regex(boolean top) {
                StringBuilder r = new StringBuilder();
                for (char c : literal.toCharArray()) {
                    r.append(META.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
                }
                return r.toString();
            }

            public void generate(Random random, StringBuilder out) {
                out.append(literal);
            }
        };
    }

    /** Single-character pieces whose text differs from their spelling. */
    private static Node atom(Random random) {
        String[][] atoms = {{"\\d", "7"}, {"\\w", "q"}, {"\\s", " "}, {"\\x41", "A"}, {"\\x{42}", "B"}, {"\\101", "A"},
            {"\\pN", "5"}, {"\\p{Greek}", "Ω"}, {"\\PL", "3"}, {"[[:alpha:]]", "k"}, {"[[:digit:]x]", "4"},
            {"[]a]", "]"}, {"[^abc]", "z"}, {"[a-f]", "e"}, {".", "?"}, {"\\.", "."}, {"[\\]x]", "]"}};
        String[] atom = atoms[random.nextInt(atoms.length)];
        return new Node() {
            public String regex(boolean top) {
                return atom[0];
            }

            public void generate(Random random, StringBuilder out) {
                out.append(atom[1]);
            }
        };
    }

    private static Node concat(List<Node> parts) {
        return new Node() {
            public String regex(boolean top) {
                StringBuilder r = new StringBuilder();
                parts.forEach(p -> r.append(p.regex(false)));
                return r.toString();
            }

            public void generate(Random random, StringBuilder out) {
                parts.forEach(p -> p.generate(random, out));
            }
        };
    }

    private static Node alternation(List<Node> parts, boolean grouped) {
        return new Node() {
            public String regex(boolean top) {
                StringBuilder r = new StringBuilder(grouped || !top ? "(?:" : "");
                for (int i = 0; i < parts.size(); i++) {
                    r.append(i > 0 ? "|" : "").append(parts.get(i).regex(false));
                }
                return r.append(grouped || !top ? ")" : "").toString();
            }

            public void generate(Random random, StringBuilder out) {
                parts.get(random.nextInt(parts.size())).generate(random, out);
            }
        };
    }

    private static Node quantified(Node child, Random random) {
        String[] quantifiers = {"*", "+", "?", "{2}", "{0,2}", "{1,}", "*?", "+?"};
        int[][] counts = {{0, 2}, {1, 3}, {0, 1}, {2, 2}, {0, 2}, {1, 3}, {0, 2}, {1, 2}};
        int q = random.nextInt(quantifiers.length);
        return new Node() {
            public String regex(boolean top) {
                return "(" + child.regex(false) + ")" + quantifiers[q];
            }

            public void generate(Random random, StringBuilder out) {
                int n = counts[q][0] + random.nextInt(counts[q][1] - counts[q][0] + 1);
                for (int i = 0; i < n; i++) {
                    child.generate(random, out);
                }
            }
        };
    }
}
