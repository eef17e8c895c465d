package org.cifailureagent.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Reports produced by really running Surefire, pytest and jest on the projects in resources/workspace. */
public class TestReportsTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private WorkspaceFacts collect(String project) throws IOException {
        Path workspace = Samples.workspace(project, temp.getRoot().toPath().resolve(project));
        return new WorkspaceCollector(CollectOptions.defaults()).collect(workspace, List.of());
    }

    @Test
    public void surefireFailuresErrorsAndTheTestThatPassedOnRetry() throws IOException {
        WorkspaceFacts facts = collect("surefire");

        assertThat(facts.reportsRead()).isEqualTo(2);
        assertThat(facts.warnings()).isEmpty();
        assertThat(facts.failedTests()).extracting(ReportedTest::name, ReportedTest::outcome, ReportedTest::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("com.example.CalcTest.addsTwoNumbers",
                                ReportedTest.Outcome.FAILURE,
                                new SourceLine("src/test/java/com/example/CalcTest.java", 12)),
                        org.assertj.core.groups.Tuple.tuple("com.example.CalcTest.dividesByZero",
                                ReportedTest.Outcome.ERROR,
                                new SourceLine("src/main/java/com/example/Calc.java", 10)));
        assertThat(facts.failedTests().get(0).message()).isEqualTo("expected:<5> but was:<-1>");
        assertThat(facts.failedTests().get(1).message()).isEqualTo("division by zero");
        assertThat(facts.failedTests().get(0).report())
                .isEqualTo("target/surefire-reports/TEST-com.example.CalcTest.xml");
        assertThat(facts.retriedTests()).extracting(ReportedTest::name)
                .containsExactly("com.example.RetriedTest.passesOnRetry");
        assertThat(facts.git()).isNull();
    }

    @Test
    public void theFactsCrossAMachineBoundaryAsASmallSerializedValue() throws Exception {
        WorkspaceFacts facts = collect("surefire");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(facts);
        }

        Object back;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            back = in.readObject();
        }

        assertThat(back).isEqualTo(facts);
        assertThat(bytes.size()).isLessThan(8 * 1024);
    }

    @Test
    public void pytestNodeIdsAndTheirTracebackLines() throws IOException {
        WorkspaceFacts facts = collect("pytest");

        assertThat(facts.failedTests()).extracting(ReportedTest::name, ReportedTest::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tests/test_calc.py::test_add",
                        new SourceLine("tests/test_calc.py", 5)),
                org.assertj.core.groups.Tuple.tuple("tests/test_calc.py::TestParse::test_parse_word",
                        new SourceLine("tests/test_calc.py", 13)));
        assertThat(facts.failedTests().get(0).message()).startsWith("assert -1 == 5");
        assertThat(facts.failedTests().get(1).message())
                .isEqualTo("ValueError: invalid literal for int() with base 10: 'forty-two'");
    }

    @Test
    public void jestFramesFromAnotherMachineResolveToTheWorkspaceNotToNodeModules() throws IOException {
        WorkspaceFacts facts = collect("jest");

        assertThat(facts.failedTests()).extracting(ReportedTest::name, ReportedTest::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("calc › adds two numbers", new SourceLine("calc.test.js", 5)),
                org.assertj.core.groups.Tuple.tuple("calc › parses a word", new SourceLine("calc.js", 8)));
        assertThat(facts.failedTests().get(1).message()).isEqualTo("TypeError: not a number: forty-two");
    }

    @Test
    public void jestJunitNamesTakeJestsFormWithTheDefaultAndWithTheCanonicalTemplates() throws IOException {
        for (String report : new String[] {"jest-retries-junit.xml", "jest-retries-junit-canonical.xml"}) {
            Path workspace = Files.createDirectories(temp.getRoot().toPath().resolve(report));
            Files.copy(Samples.sample("retries/" + report), workspace.resolve("junit.xml"));

            WorkspaceFacts facts = new WorkspaceCollector(CollectOptions.defaults()).collect(workspace, List.of());

            assertThat(facts.failedTests()).as(report).extracting(ReportedTest::name)
                    .containsExactly("cart › adds up the total");
        }
    }

    @Test
    public void logPathsFromAnotherCheckoutResolveToWorkspacePaths() throws IOException {
        Path workspace = Samples.workspace("surefire", temp.getRoot().toPath().resolve("ws"));

        WorkspaceFacts facts = new WorkspaceCollector(CollectOptions.defaults()).collect(workspace, List.of(
                new SourceLine("/home/runner/work/calc/calc/src/main/java/com/example/Calc.java", 10),
                new SourceLine("Missing.java", 1)));

        assertThat(facts.resolvedPaths()).containsExactly(java.util.Map.entry(
                "/home/runner/work/calc/calc/src/main/java/com/example/Calc.java",
                "src/main/java/com/example/Calc.java"));
    }

    @Test
    public void configurableGlobsDecideWhichReportsAreRead() throws IOException {
        Path workspace = Samples.workspace("surefire", temp.getRoot().toPath().resolve("ws"));

        WorkspaceFacts none = new WorkspaceCollector(CollectOptions.defaults()
                .withReportGlobs(List.of("reports/**/*.xml"))).collect(workspace, List.of());
        WorkspaceFacts one = new WorkspaceCollector(CollectOptions.defaults()
                .withReportGlobs(List.of("**/TEST-*CalcTest.xml"))).collect(workspace, List.of());

        assertThat(none.reportsRead()).isZero();
        assertThat(one.reportsRead()).isEqualTo(1);
        assertThat(one.retriedTests()).isEmpty();
    }

    @Test
    public void aSymlinkedReportDirectoryOutsideTheWorkspaceIsNotRead() throws IOException {
        Path outside = Samples.workspace("surefire", temp.getRoot().toPath().resolve("outside"));
        Path workspace = temp.newFolder("ws").toPath();
        Files.createDirectories(workspace.resolve("target"));
        Files.createSymbolicLink(workspace.resolve("target/surefire-reports"),
                outside.resolve("target/surefire-reports"));

        WorkspaceFacts facts = new WorkspaceCollector(CollectOptions.defaults()).collect(workspace, List.of());

        assertThat(facts.reportsRead()).isZero();
        assertThat(facts.failedTests()).isEmpty();
    }
}
