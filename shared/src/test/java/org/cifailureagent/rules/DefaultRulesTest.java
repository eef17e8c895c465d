package org.cifailureagent.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cifailureagent.evaluation.CorpusDirs;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.evidence.ToolOutput;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.normalize.Normalizer;
import org.cifailureagent.read.LineSplitter;
import org.cifailureagent.taxonomy.Category;
import org.junit.Test;

public class DefaultRulesTest {
    /**
     * Patterns that run on every line because they neither require a literal of three characters nor are anchored at
     * the line's start with a known text. Each one would be listed here on purpose: a new unfiltered pattern costs
     * time on every line of every log. None of the shipped patterns needs it.
     */
    private static final Set<String> DELIBERATELY_UNFILTERED = Set.of();

    private final RuleSet rules = new RuleLoader().loadDefault();

    @Test
    public void everyCategoryButUnknownHasAShippedRule() {
        Set<Category> covered = EnumSet.noneOf(Category.class);
        rules.rules().forEach(r -> covered.add(r.category()));
        Set<Category> expected = EnumSet.allOf(Category.class);
        expected.remove(Category.UNKNOWN);

        assertThat(covered).containsAll(expected);
    }

    @Test
    public void everyPatternCompilesAndIsPrefilteredOrListedAsUnfiltered() {
        List<String> unfiltered = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            List<RulePattern> patterns = new ArrayList<>(rule.patterns());
            rule.sequences().forEach(s -> patterns.addAll(s.lines()));
            assertThat(patterns).as(rule.id()).isNotEmpty();
            for (RulePattern pattern : patterns) {
                // The shipped rules compile when first needed: here all of them, now.
                Pattern.compile(pattern.regex());
                if (RequiredLiterals.of(pattern.regex()).isEmpty()
                        && RequiredLiterals.lineStart(pattern.regex()) == null) {
                    unfiltered.add(rule.id() + ": " + pattern.regex());
                }
            }
        }

        assertThat(unfiltered).containsExactlyInAnyOrderElementsOf(DELIBERATELY_UNFILTERED);
    }

    @Test
    public void idsAreUniqueAndRulesHaveAVersion() {
        assertThat(rules.version()).isNotBlank();
        assertThat(rules.rules()).extracting(Rule::id).doesNotHaveDuplicates();
    }

    @Test
    public void cmakeRuleSkipsTheStatusLineOfAMissingOptionalPackage() {
        RuleMatcher matcher = new RuleMatcher(new RuleMatcher.Compiled(rules));
        List<String> hitLines = new ArrayList<>();
        for (LogBlock block : ToolOutput.blocks("cmake-find-config")) {
            for (NormalizedLine line : block.lines()) {
                if (matcher.match(line.source(), line.number(), line.text()).stream()
                        .anyMatch(hit -> hit.rule().id().equals("cmake-package-not-found"))) {
                    hitLines.add(line.text());
                }
            }
        }

        assertThat(hitLines).as("the optional Doxygen's status line is printed by passing builds too")
                .containsExactly("  Could not find a package configuration file provided by \"AcmeWidgets\"");
    }

    @Test
    public void tooManyOpenFilesNeedsTheWordEmfile() {
        RuleMatcher matcher = new RuleMatcher(new RuleMatcher.Compiled(rules));

        // Ruby builds select their Gemfile this way (bash -x echoes it so); "BUNDLE_GEMFILE" contains "EMFILE".
        assertThat(matcher.match("log", 1, "+ export BUNDLE_GEMFILE=/work/main/Gemfile")).isEmpty();
        assertThat(matcher.match("log", 2, "Error: EMFILE: too many open files, open '/dev/null'"))
                .extracting(hit -> hit.rule().id()).contains("too-many-open-files");
    }

    /**
     * A pattern whose prefilter admits ordinary lines runs its regex on them: a line-start filter of "a digit" let a
     * stylelint pattern run on a fifteenth of the lines of a typical log and cost a fifth of the scan's speed. Over our
     * fixtures' real logs, failing and passing, no rule may run on more than one line in a hundred.
     */
    @Test
    public void noRuleRunsOnMoreThanOneLineInAHundredOfRealLogs() throws IOException {
        RuleMatcher matcher = new RuleMatcher(new RuleMatcher.Compiled(rules));
        Normalizer normalizer = new Normalizer(masked -> { });
        Map<String, Integer> runs = new TreeMap<>();
        long lines = 0;
        List<Path> logs;
        try (Stream<Path> files = Files.walk(CorpusDirs.fixtures().resolve("logs"))) {
            logs = files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
        }
        for (Path log : logs) {
            List<String> texts = new ArrayList<>();
            try (InputStream in = Files.newInputStream(log)) {
                new LineSplitter().split(in, log.toString(), line -> texts.add(normalizer.normalize(line).text()));
            }
            for (String text : texts) {
                matcher.rulesRunOn(text).forEach(rule -> runs.merge(rule.id(), 1, Integer::sum));
            }
            lines += texts.size();
        }
        long limit = lines / 100;

        assertThat(logs).hasSizeGreaterThan(100);
        assertThat(runs).as("lines each rule ran on, of %d", lines).allSatisfy((id, count) ->
                assertThat(count).as(id).isLessThanOrEqualTo((int) limit));
    }
}
