package org.cifailureagent.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WorkspaceFactsJsonTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void collectedFactsSurviveTheTripAsJson() throws IOException {
        Path workspace = Samples.workspace("surefire", temp.getRoot().toPath().resolve("surefire"));
        WorkspaceFacts collected = new WorkspaceCollector(CollectOptions.defaults()).collect(workspace, List.of());
        WorkspaceFacts facts = new WorkspaceFacts(collected.failedTests(), collected.retriedTests(),
                collected.resolvedPaths(), new GitFacts("abc", "a..b (--since)", true,
                List.of(new CommitFacts("abc", "alice", "fix", 1L, List.of("pom.xml"), 1, true)),
                List.of(new BlameFact("pom.xml", 3, "abc")), List.of("shallow clone")),
                collected.reportsRead(), List.of("one warning"));

        WorkspaceFacts back = WorkspaceFactsJson.read(WorkspaceFactsJson.write(facts));

        assertThat(collected.failedTests()).isNotEmpty();
        assertThat(back).isEqualTo(facts);
    }

    @Test
    public void anythingElseIsRefusedWithAShortMessage() {
        assertThatThrownBy(() -> WorkspaceFactsJson.read("[1,2]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not workspace facts");
    }
}
