package org.cifailureagent.explain.suspects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.taxonomy.Category;
import org.cifailureagent.workspace.CalcHistory;
import org.cifailureagent.workspace.CollectOptions;
import org.cifailureagent.workspace.GitRepo;
import org.cifailureagent.workspace.SourceLine;
import org.cifailureagent.workspace.WorkspaceCollector;
import org.cifailureagent.workspace.WorkspaceFacts;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SuspectRankerTest {
    @ClassRule
    public static TemporaryFolder temp = new TemporaryFolder();

    private static CalcHistory history;

    @BeforeClass
    public static void buildRepository() throws IOException {
        history = CalcHistory.build(temp.getRoot().toPath().resolve("repo"));
    }

    /** The log named Calc.java:5 as a CI machine printed it (absolute, another checkout directory). */
    private static final Location BROKEN = new Location("/home/runner/work/calc/calc/" + CalcHistory.CALC,
            null, CalcHistory.BROKEN_LINE, 16, "expected 5 but was -1", "javac", "build.log", 42);

    private static List<Suspect> rank(Path workspace, String since, Category category) {
        WorkspaceFacts facts = new WorkspaceCollector(CollectOptions.defaults().withSince(since))
                .collect(workspace, List.of(new SourceLine(BROKEN.file(), BROKEN.line())));
        Location resolved = BROKEN.withPath(facts.resolvedPaths().get(BROKEN.file()));
        return SuspectRanker.rank(facts.git(), category, List.of(resolved));
    }

    @Test
    public void theCommitThatChangedTheReportedLineComesFirst() {
        List<Suspect> suspects = rank(history.repo.dir(), history.initial, Category.TEST);

        assertThat(suspects).extracting(Suspect::commit)
                .containsExactly(history.breaking, history.bump, history.feature);
        Suspect first = suspects.get(0);
        assertThat(first.reason()).isEqualTo(Suspect.Reason.CHANGED_REPORTED_LINE);
        assertThat(first.author()).isEqualTo("Bob Breaker");
        assertThat(first.message()).isEqualTo("Simplify add");
        assertThat(first.files()).containsExactly(CalcHistory.CALC);
        assertThat(first.why()).isEqualTo("last changed " + CalcHistory.CALC + ":" + CalcHistory.BROKEN_LINE);
        assertThat(suspects.get(1).reason()).isEqualTo(Suspect.Reason.IN_RANGE);
    }

    @Test
    public void forADependencyFailureTheBuildFileChangeOutranksTheRest() {
        List<Suspect> suspects = rank(history.repo.dir(), history.initial, Category.DEPENDENCY);

        assertThat(suspects).extracting(Suspect::commit)
                .containsExactly(history.breaking, history.bump, history.feature);
        assertThat(suspects).extracting(Suspect::reason).containsExactly(Suspect.Reason.CHANGED_REPORTED_LINE,
                Suspect.Reason.CHANGED_BUILD_FILE, Suspect.Reason.IN_RANGE);
        assertThat(suspects.get(1).files()).containsExactly("pom.xml");
    }

    @Test
    public void withoutAReportedLineTheBuildFileChangeLeadsForConfigurationFailures() {
        List<Suspect> suspects = SuspectRanker.rank(new WorkspaceCollector(CollectOptions.defaults()
                .withSince(history.initial)).collect(history.repo.dir(), List.of()).git(), Category.CONFIGURATION,
                List.of());

        assertThat(suspects).extracting(Suspect::commit)
                .containsExactly(history.bump, history.breaking, history.feature);
    }

    @Test
    public void aChangedReportedFileRanksAboveTheRestWhenItsLineIsOlder() throws IOException {
        GitRepo repo = GitRepo.cloneFull(history.repo, temp.getRoot().toPath().resolve("later"));
        repo.write(CalcHistory.CALC, CalcHistory.calc("a - b") + "// formatted\n");
        String touch = repo.commit("Fay Feature", "Reformat Calc");

        List<Suspect> suspects = rank(repo.dir(), history.bump, Category.TEST);

        assertThat(suspects).singleElement().satisfies(s -> {
            assertThat(s.commit()).isEqualTo(touch);
            assertThat(s.reason()).isEqualTo(Suspect.Reason.CHANGED_REPORTED_FILE);
        });
    }

    @Test
    public void inAShallowCloneOnlyHeadIsASuspectAndItsChangesAreUnknown() throws IOException {
        GitRepo shallow = GitRepo.cloneShallow(history.repo, temp.getRoot().toPath().resolve("shallow"));

        List<Suspect> suspects = rank(shallow.dir(), history.initial, Category.DEPENDENCY);

        assertThat(suspects).singleElement().satisfies(s -> {
            assertThat(s.commit()).isEqualTo(history.bump);
            assertThat(s.reason()).isEqualTo(Suspect.Reason.IN_RANGE);
            assertThat(s.why()).contains("unknown");
        });
    }
}
