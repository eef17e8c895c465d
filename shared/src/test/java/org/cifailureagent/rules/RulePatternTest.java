package org.cifailureagent.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class RulePatternTest {
    private static List<RulePattern> patternsOf(RuleSet rules) {
        List<RulePattern> patterns = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            patterns.addAll(rule.patterns());
            rule.sequences().forEach(s -> patterns.addAll(s.lines()));
        }
        return patterns;
    }

    @Test
    public void aPatternFromAUserIsCompiledAndCheckedWhenRead() {
        assertThatThrownBy(() -> RulePattern.compile("error: (")).isInstanceOf(PatternSyntaxException.class);
        assertThat(RulePattern.compile("error: \\w+").isCompiled()).isTrue();
    }

    @Test
    public void theShippedPatternsCompileOnlyWhenALineLetsThemRun() throws IOException {
        // Read afresh: the JVM's shared copy of the shipped rules may have run in other tests.
        RuleSet shipped;
        try (InputStream index = RuleIndex.class.getResourceAsStream(ShippedRules.INDEX_RESOURCE)) {
            shipped = RuleIndex.read(index).ruleSet();
        }
        assertThat(patternsOf(shipped)).noneMatch(RulePattern::isCompiled);

        RuleMatcher matcher = new RuleMatcher(new RuleMatcher.Compiled(shipped));
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/tool-output/maven-compile.txt"));
        List<RuleHit> hits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            hits.addAll(matcher.match("maven-compile.txt", i + 1, lines.get(i)));
        }

        assertThat(hits).extracting(hit -> hit.rule().id()).contains("javac-error");
        long compiled = patternsOf(shipped).stream().filter(RulePattern::isCompiled).count();
        assertThat(compiled).isPositive().isLessThan(patternsOf(shipped).size() / 10);
    }

    @Test
    public void patternsAreEqualByTheirText() {
        assertThat(RulePattern.deferred("BUILD FAILURE")).isEqualTo(RulePattern.compile("BUILD FAILURE"))
                .hasSameHashCodeAs(RulePattern.compile("BUILD FAILURE"))
                .isNotEqualTo(RulePattern.compile("BUILD FAILED"));
    }
}
