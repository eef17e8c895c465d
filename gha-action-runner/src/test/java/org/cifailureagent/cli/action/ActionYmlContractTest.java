package org.cifailureagent.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** action.yml and the code agree: every declared input is read, every output written, and nothing else. */
public class ActionYmlContractTest {
    private final JsonNode action = read();

    @Test
    public void everyDeclaredInputIsReadAndEveryReadInputIsDeclared() {
        assertThat(ActionInputs.NAMES).containsExactlyInAnyOrderElementsOf(names(action.path("inputs")));
    }

    @Test
    public void everyDeclaredOutputIsWrittenAndEveryWrittenOutputIsDeclared() {
        assertThat(ActionRun.OUTPUTS).containsExactlyInAnyOrderElementsOf(names(action.path("outputs")));
    }

    @Test
    public void theActionRunsTheGitHubActionCommandAndIsBranded() {
        assertThat(action.path("runs").path("args").get(0).asText()).isEqualTo("github-action");
        assertThat(action.path("branding").path("icon").asText()).isNotBlank();
        action.path("inputs").forEach(input -> assertThat(input.path("description").asText()).isNotBlank());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(
                    Path.of(System.getProperty("repo.root", "..")).resolve("action.yml").toFile());
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot read action.yml", e);
        }
    }
}
