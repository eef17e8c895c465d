package org.cifailureagent.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The index that the build writes must say exactly what the YAML says, prefilters included. */
public class ShippedRulesIndexTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private static Path shippedYaml() throws URISyntaxException {
        return Path.of(RuleLoader.class.getResource(RuleLoader.DEFAULT_RESOURCE).toURI());
    }

    private static RuleIndex.Contents shippedIndex() throws IOException {
        try (InputStream in = RuleLoader.class.getResourceAsStream(ShippedRules.INDEX_RESOURCE)) {
            assertThat(in).as("the build writes " + ShippedRules.INDEX_RESOURCE + " in process-classes").isNotNull();
            return RuleIndex.read(in);
        }
    }

    private static List<String> patternsOf(RuleSet rules) {
        List<String> patterns = new ArrayList<>();
        for (org.cifailureagent.rules.Rule rule : rules.rules()) {
            rule.patterns().forEach(p -> patterns.add(p.regex()));
            rule.sequences().forEach(s -> s.lines().forEach(p -> patterns.add(p.regex())));
        }
        return patterns;
    }

    @Test
    public void theShippedIndexHoldsTheRulesOfTheYaml() throws Exception {
        RuleSet fromYaml = new RuleLoader().load(shippedYaml());

        assertThat(shippedIndex().ruleSet()).isEqualTo(fromYaml);
        assertThat(new RuleLoader().loadDefault()).isEqualTo(fromYaml);
    }

    @Test
    public void theShippedIndexHoldsThePrefilterOfEveryPatternAsTheAnalysisGivesIt() throws Exception {
        RuleIndex.Contents index = shippedIndex();
        List<String> patterns = patternsOf(index.ruleSet());

        assertThat(index.prefilters().keySet()).containsExactlyInAnyOrderElementsOf(patterns);
        for (String regex : patterns) {
            assertThat(index.prefilters().get(regex)).as(regex).isEqualTo(PatternPrefilter.of(regex));
        }
        assertThat(index.prefilters().values()).filteredOn(p -> p.lineStart() != null).isNotEmpty();
        assertThat(index.prefilters().values()).filteredOn(p -> !p.literalSets().isEmpty()).isNotEmpty();
    }

    @Test
    public void rulesWithSequencesAndWithoutHintsComeBackAsWritten() throws IOException {
        Path file = temp.getRoot().toPath().resolve("rules.yaml");
        Files.writeString(file, """
                version: "team-1"
                rules:
                  - id: flaky-port
                    category: flaky
                    weight: 7
                    patterns: ['Address already in use', '^\\s*(FAIL|ERROR): ']
                    hint: Use a random port.
                  - id: two-lines
                    category: test
                    sequences:
                      - lines: ['^Expected: ', '^ +but: ']
                        within: 2
                """);
        RuleSet rules = new RuleLoader().load(file);
        Path index = temp.getRoot().toPath().resolve("rules.index");

        RuleIndex.main(new String[] {file.toString(), index.toString()});
        RuleIndex.Contents read = RuleIndex.read(Files.newInputStream(index));

        assertThat(read.ruleSet()).isEqualTo(rules);
        assertThat(read.ruleSet().rules().get(1).hint()).isNull();
        assertThat(read.ruleSet().rules().get(1).sequences().get(0).within()).isEqualTo(2);
        assertThat(read.prefilters().get("^\\s*(FAIL|ERROR): "))
                .isEqualTo(PatternPrefilter.of("^\\s*(FAIL|ERROR): "))
                .satisfies(p -> assertThat(p.lineStart().skipsSpace()).isTrue());
        assertThat(Files.list(temp.getRoot().toPath())).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("rules.yaml", "rules.index");
    }

    @Test
    public void aTruncatedOrForeignIndexIsAnErrorNotFewerRules() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuleIndex.write(new RuleSet("v", List.of(new org.cifailureagent.rules.Rule("r",
                org.cifailureagent.taxonomy.Category.TEST, List.of(RulePattern.compile("FAILED")), List.of(), null, 5))),
                out);
        byte[] bytes = out.toByteArray();

        assertThatThrownBy(() -> RuleIndex.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 3))))
                .isInstanceOf(IOException.class);
        bytes[3] ^= 0x20;
        assertThatThrownBy(() -> RuleIndex.read(new ByteArrayInputStream(bytes))).isInstanceOf(IOException.class)
                .hasMessage("not a rules index");
    }
}
