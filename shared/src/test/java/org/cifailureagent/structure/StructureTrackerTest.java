package org.cifailureagent.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cifailureagent.normalize.Normalizer;
import org.cifailureagent.read.LogLine;
import org.junit.Test;

public class StructureTrackerTest {
    private final Normalizer normalizer = new Normalizer(value -> { });

    private BuildStructure track(boolean sourcesAreSteps, List<String[]> sourceAndText) {
        StructureTracker tracker = new StructureTracker(sourcesAreSteps);
        String source = null;
        long number = 0;
        for (String[] line : sourceAndText) {
            number = line[0].equals(source) ? number + 1 : 1;
            source = line[0];
            tracker.accept(normalizer.normalize(new LogLine(source, number, line[1], false)));
        }
        return tracker.finish();
    }

    private BuildStructure track(String... lines) {
        return track(false, java.util.Arrays.stream(lines).map(t -> new String[] {"log", t}).toList());
    }

    @Test
    public void gitHubGroupsAreStepsAndTheExitCodeNamesTheFailingOne() {
        BuildStructure s = track(
                "2026-11-26T10:00:00.0000000Z ##[group]Run actions/checkout@v4",
                "2026-11-26T10:00:00.0000000Z with:",
                "2026-11-26T10:00:01.0000000Z ##[endgroup]",
                "2026-11-26T10:00:02.0000000Z ##[group]Run ./build.sh",
                "2026-11-26T10:00:02.0000000Z ##[endgroup]",
                "2026-11-26T10:00:03.0000000Z Killed",
                "2026-11-26T10:00:03.0000000Z ##[error]Process completed with exit code 137.");

        assertThat(s.steps()).containsExactly(new Step("Run actions/checkout@v4", "log", 1, 3),
                new Step("Run ./build.sh", "log", 4, 7));
        assertThat(s.exitStatus()).isEqualTo(new ExitStatus(137, "log", 7));
        assertThat(s.exitStatus().signal()).isEqualTo("SIGKILL");
        assertThat(s.failingStep().name()).isEqualTo("Run ./build.sh");
    }

    @Test
    public void jenkinsStages() {
        BuildStructure s = track("[Pipeline] stage", "[Pipeline] { (Checkout)", "[Pipeline] checkout",
                "[Pipeline] }", "[Pipeline] stage", "[Pipeline] { (Test)", "[Pipeline] sh", "+ ./gradlew test",
                "ERROR: script returned exit code 1", "Finished: FAILURE");

        assertThat(s.steps()).extracting(Step::name).containsExactly("Checkout", "Test");
        assertThat(s.exitStatus().code()).isEqualTo(1);
        assertThat(s.exitStatus().signal()).isNull();
        assertThat(s.failingStep().name()).isEqualTo("Test");
    }

    @Test
    public void mavenPluginExecutions() {
        BuildStructure s = track("[INFO] --- resources:3.3.1:resources (default-resources) @ app ---",
                "[INFO] Copying 1 resource", "[INFO] --- compiler:3.14.0:compile (default-compile) @ app ---",
                "[ERROR] COMPILATION ERROR :");

        assertThat(s.steps()).containsExactly(new Step("resources:3.3.1:resources (default-resources) @ app", "log", 1,
                2), new Step("compiler:3.14.0:compile (default-compile) @ app", "log", 3, 4));
        assertThat(s.exitStatus()).isNull();
        assertThat(s.failingStep()).isNull();
    }

    @Test
    public void zipSourcesAreStepsNamedAfterTheirFile() {
        BuildStructure s = track(true, List.of(new String[] {"build/1_Set up job.txt", "Current runner version"},
                new String[] {"build/2_Run mvn verify.txt", "[ERROR] boom"},
                new String[] {"build/2_Run mvn verify.txt", "##[error]Process completed with exit code 1."},
                new String[] {"build/3_Post Run actions_checkout@v4.txt", "Post job cleanup."}));

        assertThat(s.steps()).containsExactly(new Step("Set up job", "build/1_Set up job.txt", 1, 1),
                new Step("Run mvn verify", "build/2_Run mvn verify.txt", 1, 2),
                new Step("Post Run actions_checkout@v4", "build/3_Post Run actions_checkout@v4.txt", 1, 1));
        assertThat(s.failingStep().name()).isEqualTo("Run mvn verify");
        assertThat(s.exitStatus()).isEqualTo(new ExitStatus(1, "build/2_Run mvn verify.txt", 2));
    }

    @Test
    public void travisAndMakeExitCodes() {
        assertThat(track("The command \"mvn test\" exited with 1.").exitStatus().code()).isEqualTo(1);
        assertThat(track("make: *** [Makefile:3: all] Error 2").exitStatus().code()).isEqualTo(2);
        assertThat(track("make[1]: *** [sub.mk:7: lib] Error 2").exitStatus().code()).isEqualTo(2);
        assertThat(track("##[error]Process completed with exit code 124.").exitStatus().signal()).contains("timeout");
        assertThat(track("##[error]Process completed with exit code 143.").exitStatus().signal())
                .isEqualTo("SIGTERM");
    }

    /** The shape of LogChunks' Travis logs (CorpusSummaryTest reads real ones): yarn echoes the script it runs. */
    @Test
    public void travisNamesTheFailingCommandWhichRunsFromItsEchoToItsEnd() {
        BuildStructure s = track("$ npm install", "The command \"npm install\" exited with 0.", "$ yarn test",
                "$ jest --coverage && npm run lint", "FAIL test/index.test.js",
                "error Command failed with exit code 1.", "The command \"yarn test\" exited with 1.",
                "Done. Your build exited with 1.");

        assertThat(s.failingStep()).isEqualTo(new Step("yarn test", "log", 3, 7));
        assertThat(s.steps()).containsExactly(s.failingStep());
        assertThat(s.exitStatus()).isEqualTo(new ExitStatus(1, "log", 6));
    }

    @Test
    public void aTravisRetryThatFailedEveryTimeIsTheFailingCommand() {
        BuildStructure s = track("$ travis_retry bundle exec s3_website push", "boom",
                "The command \"bundle exec s3_website push\" failed. Retrying, 2 of 3.", "boom",
                "The command \"bundle exec s3_website push\" failed 3 times.");

        assertThat(s.failingStep()).isEqualTo(new Step("bundle exec s3_website push", "log", 5, 5));
    }

    /** The shape of LogChunks' discourse log 566876907, which CorpusSummaryTest reads. */
    @Test
    public void aCommandOfSeveralLinesIsNamedByItsFirstLine() {
        BuildStructure s = track("$ bash -c \"", "  if [ '$RUN_LINT' == '1' ]; then", "    npx lefthook run lints",
                "  fi\"", "lefthook: lint failed", "The command \"bash -c \"", "  if [ '$RUN_LINT' == '1' ]; then",
                "    npx lefthook run lints", "  fi\"\" exited with 1.");

        assertThat(s.failingStep()).isEqualTo(new Step("bash -c \" …", "log", 1, 9));
    }

    @Test
    public void aMavenExecutionInsideTheFailingCommandNamesItMoreNarrowly() {
        BuildStructure s = track("[INFO] --- jar:3.4.1:jar (default-jar) @ lib ---", "$ mvn test -B",
                "[INFO] --- surefire:3.2.5:test (default-test) @ app ---", "[ERROR] Tests run: 1, Failures: 1",
                "The command \"mvn test -B\" exited with 1.");

        assertThat(s.failingStep().name()).isEqualTo("surefire:3.2.5:test (default-test) @ app");
        assertThat(track("[INFO] --- jar:3.4.1:jar (default-jar) @ lib ---", "$ ./deploy.sh", "401 Unauthorized",
                "The command \"./deploy.sh\" exited with 1.").failingStep()).isEqualTo(
                        new Step("./deploy.sh", "log", 2, 4));
    }

    @Test
    public void theFirstNonZeroExitCodeCounts() {
        BuildStructure s = track("Process completed with exit code 0.", "script returned exit code 2",
                "##[error]Process completed with exit code 1.");

        assertThat(s.exitStatus()).isEqualTo(new ExitStatus(2, "log", 2));
    }

    @Test
    public void anExitCodeOutsideAnyStepNamesNoStep() {
        BuildStructure s = track("ERROR: script returned exit code 1", "[Pipeline] { (Cleanup)", "rm -rf build");

        assertThat(s.exitStatus().code()).isEqualTo(1);
        assertThat(s.failingStep()).isNull();
    }

    @Test
    public void ciErrorMarkerNamesTheFailingStepWhenNoExitCodeIsShown() {
        BuildStructure s = track("##[group]Run lint", "##[endgroup]", "##[error]Lint found 3 problems",
                "##[group]Run upload", "done");

        assertThat(s.exitStatus()).isNull();
        assertThat(s.failingStep().name()).isEqualTo("Run lint");
    }

    @Test
    public void stepsBeyondTheCapAreMergedIntoTheLast() {
        String[] lines = new String[StructureTracker.MAX_STEPS + 10];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "##[group]step " + i;
        }

        BuildStructure s = track(lines);

        assertThat(s.steps()).hasSize(StructureTracker.MAX_STEPS);
        Step last = s.steps().get(s.steps().size() - 1);
        assertThat(last.lastLine()).isEqualTo(lines.length);
    }
}
