package org.cifailureagent.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A rules file (YAML or JSON) from a stranger: it either loads, and its rules then match a line without an
 * exception, or it is refused with {@link InvalidRulesException} and a message; nothing else may escape.
 */
class RulesFileFuzzTest {
    private static final RuleLoader LOADER = new RuleLoader();
    private static Path dir;

    @BeforeAll
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("rules-fuzz");
    }

    @AfterAll
    static void deleteDir() throws IOException {
        Files.deleteIfExists(dir.resolve("rules.yaml"));
        Files.deleteIfExists(dir);
    }

    // Entries are written into a libFuzzer dictionary, which takes \xNN escapes and no raw quotes or newlines.
    @FuzzTest
    @DictionaryEntries({"version: 1\\x0A", "rules:\\x0A", "  - id: r\\x0A", "    category: compilation\\x0A",
        "    category: test-failure\\x0A", "    patterns:\\x0A", "      - '", "error: (.*)+$", "    sequences:\\x0A",
        "      - lines: ['a', 'b']\\x0A", "        within: ", "    weight: ", "    hint: ",
        "{\\x22version\\x22:\\x221\\x22,",
        "\\x22rules\\x22:[{", "&anchor ", "*anchor", "!!binary ", "[[[[[[[[", "(?i)", "\\x5Cp{L}", "{1000}"})
    void loadAndMatch(byte[] bytes) throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.write(file, bytes);
        RuleSet rules;
        try {
            rules = LOADER.load(file);
        } catch (InvalidRulesException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        RuleMatcher matcher = new RuleMatcher(new RuleMatcher.Compiled(rules));
        for (int n = 1; n <= 3; n++) {
            assertThat(matcher.match("log", n, "error: cannot find symbol aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"))
                    .isNotNull();
        }
    }
}
