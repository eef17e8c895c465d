package org.cifailureagent.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.Test;

/** Which literal sets of a shipped pattern the literal pass looks for (patterns of docs/rules.md's default rules). */
public class PatternPrefilterTest {
    @Test
    public void besideASetOfLongLiteralsTheSetsOfShortOnesAreLeftOut() {
        // shell-script-syntax-error: dash's "sh: 3: Syntax error: ..." needs ": N: " too, but a digit and a colon are
        // in most lines of a log, and "syntax error: " alone is rare.
        PatternPrefilter prefilter = PatternPrefilter.of(": \\d+: Syntax error: ");

        assertThat(prefilter.literalSets()).hasSizeGreaterThan(1);
        assertThat(prefilter.selectiveSets()).containsExactly(List.of(": syntax error: "));
    }

    @Test
    public void besideASetOfLongLiteralsTheSetsOfFourCharacterOnesAreLeftOut() {
        // maven-artifact-not-found: " in " is in a fifth of the lines of the benchmark's log, "failure to find " rare.
        PatternPrefilter prefilter = PatternPrefilter.of("Failure to find \\S+ in \\S+ was cached");

        assertThat(prefilter.literalSets()).contains(List.of(" in "));
        assertThat(prefilter.selectiveSets()).containsExactlyInAnyOrder(List.of("failure to find "),
                List.of(" was cached"));
    }

    @Test
    public void withoutASetOfLongLiteralsEverySetStays() {
        // flake8-violations: ".py:" alone would let every Python traceback line through; with ":N:N: " far fewer.
        PatternPrefilter prefilter = PatternPrefilter.of("^\\S+\\.py:\\d+:\\d+: [A-Z]+\\d+ ");

        assertThat(prefilter.literalSets()).hasSizeGreaterThan(1);
        assertThat(prefilter.selectiveSets()).isEqualTo(prefilter.literalSets());
    }
}
