package org.cifailureagent.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.evidence.Location;
import org.junit.Test;

public class FactsMergerTest {
    private static final ReportedTest JEST = new ReportedTest("calc adds two numbers", ReportedTest.Outcome.FAILURE,
            "Error: expect(received).toBe(expected)", new SourceLine("calc.test.js", 5), "junit.xml");
    private static final ReportedTest PARSE = new ReportedTest("calc parses a word", ReportedTest.Outcome.ERROR,
            "TypeError: not a number: forty-two", new SourceLine("calc.js", 8), "junit.xml");
    private static final WorkspaceFacts FACTS = new WorkspaceFacts(List.of(JEST, PARSE), List.of(),
            Map.of("/home/runner/work/calc/calc.test.js", "calc.test.js"), null, 1, List.of());

    @Test
    public void aTestTheLogAlreadyNamedIsNotAddedTwice() {
        FailingTest fromLog = new FailingTest("calc › adds two numbers", "expect(received).toBe(expected)",
                "build.log", 120);

        List<FailingTest> merged = FactsMerger.failingTests(List.of(fromLog), FACTS);

        assertThat(merged).containsExactly(fromLog,
                new FailingTest("calc parses a word", "TypeError: not a number: forty-two", null, 0));
    }

    @Test
    public void logLocationsGetTheirWorkspacePathAndReportFramesAddOnlyNewLines() {
        Location fromLog = new Location("/home/runner/work/calc/calc.test.js", null, 5, 23, "expect", "jest",
                "build.log", 130);

        List<Location> merged = FactsMerger.locations(List.of(fromLog), FACTS);

        assertThat(merged).extracting(Location::path, Location::line, Location::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("calc.test.js", 5, "build.log"),
                org.assertj.core.groups.Tuple.tuple("calc.js", 8, "junit.xml"));
        assertThat(merged.get(1).message()).isEqualTo("calc parses a word: TypeError: not a number: forty-two");
    }
}
