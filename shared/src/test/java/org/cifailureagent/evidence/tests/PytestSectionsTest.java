package org.cifailureagent.evidence.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.evidence.ToolOutput;
import org.cifailureagent.normalize.NormalizedLine;
import org.junit.Test;

/** pytest's real output (src/test/resources/tool-output/regenerate.sh): every line read, messages completed. */
public class PytestSectionsTest {
    private final LogFailingTestFinder finder = new LogFailingTestFinder();

    /** The tests named within {@code [from, to)} of the sample, completed from all of its lines, as a scan reads. */
    private List<FailingTest> testsNamedIn(String sample, int from, int to) {
        List<NormalizedLine> lines = ToolOutput.blocks(sample).get(0).lines();
        PytestSections sections = new PytestSections();
        lines.forEach(sections::accept);
        return sections.withErrors(finder.find(List.of(new LogBlock(sample, lines.subList(from, to)))));
    }

    @Test
    public void verboseLinesFarFromTheirSectionsTakeTheSectionsFirstError() {
        assertThat(testsNamedIn("pytest-verbose-no-summary", 8, 10))
                .extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("tests/test_calc.py::test_div", "ZeroDivisionError: division by zero", 9L),
                        tuple("tests/test_calc.py::test_half", "AssertionError: one half rounds up", 10L));
    }

    @Test
    public void anErrorAtSetupAndATestInAClassAreFoundUnderTheirSectionsTitles() {
        assertThat(testsNamedIn("pytest-verbose-setup-error", 8, 11))
                .extracting(FailingTest::name, FailingTest::message)
                .containsExactly(tuple("tests/test_shells.py::test_needs_packages", "fixture 'packages' not found"),
                        tuple("tests/test_shells.py::TestAliases::test_app_alias",
                                "AssertionError: aliases keep their case"));
    }

    @Test
    public void aMessageTheShortSummaryCutIsReadWhole() {
        assertThat(testsNamedIn("pytest-verbose-params", 22, 23)).extracting(FailingTest::name, FailingTest::message)
                .containsExactly(tuple("tests/test_shell_errors.py::test_recognizes_dash_message",
                        "AssertionError: assert False"));
    }

    @Test
    public void anELineWithNothingAfterTheMarkerSaysNothing() {
        // pytest's own blank line within an assertion's explanation ("E         " above "E         - fuck").
        List<String> eLines = ToolOutput.blocks("pytest-verbose-setup-error").get(0).lines().stream()
                .map(NormalizedLine::text).filter(text -> text.startsWith("E")).toList();

        assertThat(eLines).map(PytestSections::error).containsExactly("fixture 'packages' not found",
                "AssertionError: aliases keep their case", "assert 'FUCK' == 'fuck'", null, "- fuck", "+ FUCK");
    }

    @Test
    public void aMessageKeepsItsOwnTextWhereTheSectionsErrorSaysOtherwise() {
        PytestSections sections = new PytestSections();
        ToolOutput.blocks("pytest").get(0).lines().forEach(sections::accept);
        FailingTest cutElsewhere = new FailingTest("tests/test_calc.py::test_div", "ValueEr...", "pytest", 38L);
        FailingTest whole = new FailingTest("tests/test_calc.py::test_half", "one half", "pytest", 39L);

        assertThat(sections.withErrors(List.of(cutElsewhere, whole))).containsExactly(cutElsewhere, whole);
    }

    @Test
    public void testsOfOtherRunnersAreLeftAlone() {
        PytestSections sections = new PytestSections();
        ToolOutput.blocks("pytest").get(0).lines().forEach(sections::accept);
        FailingTest goTest = new FailingTest("test_div", null, "go-test", 12L);

        assertThat(sections.withErrors(List.of(goTest))).containsExactly(goTest);
    }
}
