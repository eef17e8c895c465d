package org.cifailureagent.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cifailureagent.taxonomy.Category;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class RuleLoaderTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final RuleLoader loader = new RuleLoader();

    private Path file(String name, String content) throws IOException {
        Path file = temp.getRoot().toPath().resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private void assertError(String yaml, String expectedAfterFileName) throws IOException {
        Path file = file("rules.yaml", yaml);
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(InvalidRulesException.class)
                .hasMessage(file + ": " + expectedAfterFileName)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    public void loadsYaml() throws IOException {
        Path file = file("rules.yaml", """
                version: "team-1"
                rules:
                  - id: flaky-port
                    category: flaky
                    weight: 7
                    patterns: ['Address already in use']
                    hint: Use a random port.
                  - id: two-lines
                    category: test
                    sequences:
                      - lines: ['^Expected: ', '^ +but: ']
                        within: 2
                """);

        RuleSet rules = loader.load(file);

        assertThat(rules.version()).isEqualTo("team-1");
        assertThat(rules.rules()).hasSize(2);
        org.cifailureagent.rules.Rule first = rules.rules().get(0);
        assertThat(first.id()).isEqualTo("flaky-port");
        assertThat(first.category()).isEqualTo(Category.FLAKY);
        assertThat(first.weight()).isEqualTo(7);
        assertThat(first.hint()).isEqualTo("Use a random port.");
        assertThat(first.patterns()).extracting(RulePattern::regex).containsExactly("Address already in use");
        org.cifailureagent.rules.Rule second = rules.rules().get(1);
        assertThat(second.weight()).isEqualTo(5);
        assertThat(second.hint()).isNull();
        assertThat(second.sequences()).singleElement().satisfies(s -> assertThat(s.within()).isEqualTo(2));
    }

    @Test
    public void loadsJson() throws IOException {
        Path file = file("rules.json", """
                {"version": "j1", "rules": [{"id": "x", "category": "quality", "patterns": ["checkstyle"]}]}
                """);

        RuleSet rules = loader.load(file);

        assertThat(rules.version()).isEqualTo("j1");
        assertThat(rules.rules()).extracting(r -> r.category()).containsExactly(Category.QUALITY);
    }

    @Test
    public void missingId() throws IOException {
        assertError("version: 1\nrules:\n  - id: a\n    category: test\n    patterns: [x]\n"
                + "  - category: test\n    patterns: [y]\n", "rule #2 needs a non-empty 'id'");
    }

    @Test
    public void unknownCategory() throws IOException {
        assertError("version: 1\nrules:\n  - id: a\n    category: tests\n    patterns: [x]\n",
                "rule 'a': unknown category 'tests' (expected one of compilation, test, flaky, dependency, "
                        + "infrastructure, resource, timeout, configuration, quality, unknown)");
    }

    @Test
    public void badRegex() throws IOException {
        assertError("version: 1\nrules:\n  - id: a\n    category: test\n    patterns: ['(unclosed']\n",
                "rule 'a': invalid pattern '(unclosed' (missing closing ))");
    }

    @Test
    public void backReferencesAreNotRe2() throws IOException {
        assertError("version: 1\nrules:\n  - id: a\n    category: test\n    patterns: ['(a)\\1']\n",
                "rule 'a': invalid pattern '(a)\\1' (invalid escape sequence)");
    }

    @Test
    public void duplicateId() throws IOException {
        assertError("version: 1\nrules:\n  - id: a\n    category: test\n    patterns: [x]\n"
                + "  - id: a\n    category: test\n    patterns: [y]\n", "rule 'a' is defined twice");
    }

    @Test
    public void weightOutOfRange() throws IOException {
        assertError("version: 1\nrules:\n  - id: a\n    category: test\n    weight: 11\n    patterns: [x]\n",
                "rule 'a': weight must be between 1 and 10");
        assertError("version: 1\nrules:\n  - id: a\n    category: test\n    weight: 0\n    patterns: [x]\n",
                "rule 'a': weight must be between 1 and 10");
    }

    @Test
    public void weightThatIsNoWholeNumber() throws IOException {
        assertError("version: 1\nrules:\n  - id: a\n    category: test\n    weight: heavy\n    patterns: [x]\n",
                "rule 'a': weight must be between 1 and 10");
        assertError("version: 1\nrules:\n  - id: a\n    category: test\n    weight: 2.5\n    patterns: [x]\n",
                "rule 'a': weight must be between 1 and 10");
    }

    @Test
    public void notAMapping() throws IOException {
        assertError("- just\n- a list\n", "expected a mapping with 'version' and 'rules'");
        assertError("version: 1\nrules:\n  - just a string\n", "rule #1 must be a mapping");
        assertError("version: 1\nrules: {id: a}\n", "'rules' must be a list");
    }

    @Test
    public void ruleWithoutPatterns() throws IOException {
        assertError("version: 1\nrules:\n  - id: a\n    category: test\n", "rule 'a' has neither 'patterns' nor "
                + "'sequences'");
        assertError("version: 1\nrules:\n  - id: a\n    category: test\n    sequences: [{lines: [x]}]\n",
                "rule 'a': a sequence needs 'lines' with two or more patterns");
    }

    @Test
    public void invalidYaml() throws IOException {
        Path file = file("rules.yaml", "version: 1\nrules: [\n  - id: a\n   category: : :\n");

        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(InvalidRulesException.class)
                .hasMessageStartingWith(file + ": not valid YAML or JSON (")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    public void deepNestingIsRefused() throws IOException {
        Path file = file("deep.json", "{\"version\": \"1\", \"rules\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}");

        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(InvalidRulesException.class)
                .hasMessageStartingWith(file + ": not valid YAML or JSON (")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    public void missingFile() {
        Path file = temp.getRoot().toPath().resolve("absent.yaml");

        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(InvalidRulesException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    public void userRuleReplacesAShippedRuleWithTheSameId() throws IOException {
        RuleSet shipped = loader.loadDefault();
        Path file = file("mine.yaml", "version: mine\nrules:\n  - id: javac-error\n    category: quality\n"
                + "    patterns: ['my own']\n");

        RuleSet all = shipped.plus(loader.load(file));

        assertThat(all.rules()).hasSize(shipped.rules().size());
        assertThat(all.version()).isEqualTo(shipped.version() + "+mine");
        assertThat(all.rules()).filteredOn(r -> r.id().equals("javac-error")).singleElement()
                .satisfies(r -> assertThat(r.category()).isEqualTo(Category.QUALITY));
    }
}
