package org.cifailureagent.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cifailureagent.taxonomy.Category;
import org.junit.Test;

public class DefaultRulesTest {
    /**
     * Patterns that run on every line because no literal of three characters is required by them. Each one is
     * listed here on purpose: a new unfiltered pattern costs time on every line of every log.
     */
    private static final Set<String> DELIBERATELY_UNFILTERED = Set.of(
            // Short markers: no three-character literal exists.
            "linters: SC\\d{4}",
            "jest-mocha-failure: ^\\s*\\d+\\) .+:$",
            "pytest-section: ^_{3,} \\S.* _{3,}$",
            // The required text is an alternation inside a group, which RequiredLiterals does not reduce (yet).
            "python-syntax-error: ^\\s*(SyntaxError|IndentationError|TabError): ",
            "surefire-test-failure: ^(Failed tests|Tests in error):",
            "pytest-failure: ^E\\s+(AssertionError|assert )",
            "unittest-failure: ^(FAIL|ERROR): \\w+ \\(",
            "junit-assertion: (org\\.junit|junit\\.framework|org\\.opentest4j)\\.\\S*"
                    + "(AssertionFailedError|ComparisonFailure|AssertionError)",
            "network-unreachable: (50[234]) (Bad Gateway|Service Unavailable|Gateway Time-?out)");

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
            List<Pattern> patterns = new ArrayList<>(rule.patterns());
            rule.sequences().forEach(s -> patterns.addAll(s.lines()));
            assertThat(patterns).as(rule.id()).isNotEmpty();
            for (Pattern pattern : patterns) {
                Pattern.compile(pattern.pattern());
                if (RequiredLiterals.of(pattern.pattern()).isEmpty()) {
                    unfiltered.add(rule.id() + ": " + pattern.pattern());
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
}
