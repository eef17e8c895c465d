package org.cifailureagent.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cifailureagent.taxonomy.Category;
import org.junit.Test;

public class RuleMatcherTest {
    private static Rule single(String id, String... patterns) {
        return new Rule(id, Category.TEST, java.util.Arrays.stream(patterns).map(RulePattern::compile).toList(), List.of(),
                null, 5);
    }

    private static Rule sequence(String id, int within, String... lines) {
        return new Rule(id, Category.TEST, List.of(), List.of(new Rule.Sequence(
                java.util.Arrays.stream(lines).map(RulePattern::compile).toList(), within)), null, 5);
    }

    private static RuleMatcher matcher(Rule... rules) {
        return new RuleMatcher(new RuleMatcher.Compiled(new RuleSet("t", List.of(rules))));
    }

    private static List<String> ids(List<RuleHit> hits) {
        return hits.stream().map(h -> h.rule().id()).toList();
    }

    @Test
    public void singleLinePatternsMatchAnywhereAndOncePerRule() {
        RuleMatcher m = matcher(single("oom", "OutOfMemoryError", "Java heap space"), single("npm", "npm error"));

        assertThat(ids(m.match("s", 1, "Exception in thread main java.lang.OutOfMemoryError: Java heap space")))
                .containsExactly("oom");
        assertThat(ids(m.match("s", 2, "NPM ERROR code E404"))).as("prefilter ignores case, the pattern does not")
                .isEmpty();
        assertThat(m.match("s", 3, "all good")).isEmpty();
    }

    @Test
    public void aLineReadAheadTellsItsKeywordsIgnoringCaseAndIsThenMatched() {
        RuleMatcher m = matcher(single("oom", "OutOfMemoryError"));
        m.alsoFind(List.of("exit", "make"));
        String line = "java.lang.OutOfMemoryError: Exit";

        m.read(line);

        assertThat(m.keywordsFound().stream()).containsExactly(0);
        assertThat(ids(m.match("s", 1, line))).containsExactly("oom");
    }

    @Test
    public void aLineMatchedWithoutBeingReadGetsItsOwnPass() {
        RuleMatcher m = matcher(single("oom", "OutOfMemoryError"));
        m.alsoFind(List.of("make"));
        m.read("make: *** [all] Error 2");

        assertThat(ids(m.match("s", 2, "java.lang.OutOfMemoryError"))).containsExactly("oom");
        assertThat(m.keywordsFound().isEmpty()).isTrue();
    }

    @Test
    public void patternsWithoutLiteralsStillRun() {
        assertThat(RequiredLiterals.of("\\S+:\\d+:\\d+")).isEmpty();
        assertThat(RequiredLiterals.lineStart("\\S+:\\d+:\\d+")).isNull();
        RuleMatcher m = matcher(single("loc", "\\S+:\\d+:\\d+"));

        assertThat(ids(m.match("s", 1, "main.c:3:7: error"))).containsExactly("loc");
    }

    @Test
    public void caseInsensitivePatternsPassThePrefilter() {
        RuleMatcher m = matcher(single("svc", "(?i)service unavailable"));

        assertThat(ids(m.match("s", 1, "HTTP 503 SERVICE UNAVAILABLE"))).containsExactly("svc");
    }

    @Test
    public void sequenceMatchesOnItsLastLineWithinTheWindow() {
        RuleMatcher m = matcher(sequence("seq", 2, "^Expected: ", "^ +but: "));

        assertThat(m.match("s", 10, "Expected: 900")).isEmpty();
        assertThat(m.match("s", 11, "unrelated")).isEmpty();
        List<RuleHit> hits = m.match("s", 12, "     but: was 901");

        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.rule().id()).isEqualTo("seq");
            assertThat(h.number()).isEqualTo(12);
        });
    }

    @Test
    public void sequenceBeyondItsWindowOrAcrossSourcesDoesNotMatch() {
        RuleMatcher m = matcher(sequence("seq", 2, "^Expected: ", "^ +but: "));

        m.match("s", 10, "Expected: 900");
        assertThat(m.match("s", 13, "     but: was 901")).isEmpty();

        m.match("a", 20, "Expected: 900");
        assertThat(m.match("b", 21, "     but: was 901")).isEmpty();
    }

    @Test
    public void sequenceOfThreeLinesNeedsTheMiddleOne() {
        RuleMatcher m = matcher(sequence("three", 3, "start", "middle", "end"));

        m.match("s", 1, "start");
        assertThat(m.match("s", 2, "end")).isEmpty();
        m.match("s", 3, "middle");
        assertThat(ids(m.match("s", 4, "end"))).containsExactly("three");
    }

    /**
     * The prefilter may only save time: on real tool output (the fixtures' logs, and the same lines in upper case,
     * unlike the lower-case literals), the shipped rules give the same hits as running every pattern on every line.
     */
    @Test
    public void prefilterGivesTheHitsOfRunningEveryPattern() throws java.io.IOException {
        RuleSet rules = new RuleLoader().loadDefault();
        List<String> lines = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("../fixtures/corpus"))) {
            for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                for (String line : new String(java.nio.file.Files.readAllBytes(file),
                        java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    lines.add(line);
                    lines.add(line.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        assertThat(lines).as("fixture lines").hasSizeGreaterThan(10_000);
        RuleMatcher m = new RuleMatcher(new RuleMatcher.Compiled(rules));
        List<String> withSequences = rules.rules().stream().filter(r -> !r.sequences().isEmpty()).map(Rule::id)
                .toList();
        int hits = 0;
        for (String line : lines) {
            List<String> expected = new java.util.ArrayList<>();
            for (Rule rule : rules.rules()) {
                if (rule.patterns().stream().anyMatch(p -> p.matcher(line).find())) {
                    expected.add(rule.id());
                }
            }
            List<String> actual = ids(m.match("s", 1, line));
            assertThat(actual).as(line).containsAll(expected);
            // Sequences keep state across lines: they may add hits that single-line patterns do not explain.
            assertThat(actual).as(line).allMatch(id -> expected.contains(id) || withSequences.contains(id));
            hits += expected.size();
        }
        assertThat(hits).as("rule hits in the fixtures").isGreaterThan(100);
    }
}
