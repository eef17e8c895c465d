package org.cifailureagent.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.evidence.PassedTestReport;
import org.cifailureagent.evidence.ToolOutput;
import org.cifailureagent.evidence.WhiteListedLinks;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.taxonomy.Category;
import org.junit.Test;

/**
 * The shipped rules against the real tool output they were written for (src/test/resources/tool-output, listed in
 * rule-samples.tsv there). A rule that no longer fires on its tool's output, or a rule of another category that
 * fires just as strongly on it, would turn a clear failure into a wrong or an uncertain answer.
 */
public class ShippedRulesOnToolOutputTest {
    /**
     * Shipped rules that no tool-output sample shows yet (their tools are not installable here, or the rule is older
     * than this test). The list may only shrink: every new rule comes with its sample.
     */
    private static final Set<String> RULES_WITHOUT_A_SAMPLE = Set.of(
            "ci-time-limit", "go-test-killed", "gradle-dependency", "gradle-test-failure",
            "process-limit", "retry-passed", "runner-lost", "service-unavailable", "surefire-flakes",
            "third-party-class-version");

    private final RuleSet rules = new RuleLoader().loadDefault();
    private final RuleMatcher.Compiled compiled = new RuleMatcher.Compiled(rules);
    private final Map<String, List<String>> rulesBySample = pairs("rule-samples.tsv");
    private final Map<String, List<String>> rulesSilentOnSample = pairs("passing-samples.tsv");

    @Test
    public void everySampleFiresTheRulesWrittenForIt() {
        List<String> missing = new ArrayList<>();
        rulesBySample.forEach((sample, ids) -> {
            Set<String> fired = firedRuleIds(sample);
            ids.stream().filter(id -> !fired.contains(id)).forEach(id -> missing.add(sample + ": " + id));
        });

        assertThat(missing).isEmpty();
    }

    @Test
    public void noRuleOfAnotherCategoryFiresAsStronglyOnASample() {
        List<String> rivals = new ArrayList<>();
        rulesBySample.forEach((sample, ids) -> {
            for (String id : ids) {
                Rule expected = rule(id);
                for (String firedId : firedRuleIds(sample)) {
                    Rule fired = rule(firedId);
                    if (fired.category() != expected.category() && fired.weight() >= expected.weight()) {
                        rivals.add(sample + ": " + firedId + " (" + fired.category().wireName() + ", weight "
                                + fired.weight() + ") against " + id);
                    }
                }
            }
        });

        assertThat(rivals).isEmpty();
    }

    /**
     * Real output that is not the failure a rule names (a passing run, an echoed command, a test's name, another
     * tool's failure), listed in passing-samples.tsv with the rule, or the category, that must not fire on any of its
     * lines.
     */
    @Test
    public void noRuleFiresOnTheRealOutputListedAsNotItsFailure() {
        assertThat(rulesSilentOnSample).isNotEmpty();
        List<String> falseHits = new ArrayList<>();
        Set<String> categories = Set.of(Category.wireNames());
        rulesSilentOnSample.forEach((sample, silent) -> {
            silent.stream().filter(name -> !categories.contains(name)).forEach(this::rule); // a shipped rule's id
            hits(sample).stream()
                    .filter(hit -> silent.contains(hit.rule().id()) || silent.contains(hit.rule().category().wireName()))
                    .forEach(hit -> falseHits.add(sample + ":" + hit.line().number() + ": " + hit.rule().id() + " on "
                            + hit.line().text()));
        });

        assertThat(falseHits).isEmpty();
    }

    @Test
    public void aJavaScriptSyntaxErrorIsNotTakenForPython() {
        // Its hint (python -m py_compile) came first in the report of a Node.js syntax error.
        for (String sample : List.of("node-syntax", "webpack-babel", "node-json-config-broken")) {
            assertThat(firedRuleIds(sample)).as(sample).doesNotContain("python-syntax-error");
        }
        assertThat(firedRuleIds("python-syntax-run")).as("a script that does not parse")
                .contains("python-syntax-error");
    }

    @Test
    public void everyShippedRuleHasASampleOrIsListedWithout() {
        Set<String> shown = rulesBySample.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Set<String> withoutSample = rules.rules().stream().map(Rule::id).filter(id -> !shown.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(withoutSample).containsExactlyInAnyOrderElementsOf(RULES_WITHOUT_A_SAMPLE);
    }

    private Rule rule(String id) {
        return rules.rules().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("a tool-output list names no shipped rule " + id));
    }

    private Set<String> firedRuleIds(String sample) {
        return hits(sample).stream().map(hit -> hit.rule().id()).collect(Collectors.toCollection(TreeSet::new));
    }

    private record Hit(NormalizedLine line, Rule rule) {
    }

    /**
     * Every rule hit on the sample's lines, as the analysis reads them (a passed test's report and a white-listed link
     * are no hits).
     */
    private List<Hit> hits(String sample) {
        RuleMatcher matcher = new RuleMatcher(compiled);
        WhiteListedLinks whiteListed = new WhiteListedLinks();
        List<Hit> hits = new ArrayList<>();
        for (LogBlock block : ToolOutput.blocks(sample)) {
            for (NormalizedLine line : block.lines()) {
                if (!whiteListed.holds(line.text()) && !PassedTestReport.matches(line.text())) {
                    matcher.match(line.source(), line.number(), line.text())
                            .forEach(hit -> hits.add(new Hit(line, hit.rule())));
                }
            }
        }
        return hits;
    }

    /** The pairs of a tool-output list, {@code <sample><TAB><rule id>}, by sample. */
    private static Map<String, List<String>> pairs(String list) {
        Map<String, List<String>> bySample = new LinkedHashMap<>();
        try (InputStream in = ShippedRulesOnToolOutputTest.class.getResourceAsStream("/tool-output/" + list);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] fields = line.split("\t");
                assertThat(fields).as("%s line: %s", list, line).hasSize(2);
                bySample.computeIfAbsent(fields[0], sample -> new ArrayList<>()).add(fields[1]);
            });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bySample;
    }
}
