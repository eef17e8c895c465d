package org.cifailureagent.evidence.locations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.evidence.ToolOutput;
import org.junit.Test;

/** Real tool output (see src/test/resources/tool-output/regenerate.sh) in, the places it names out. */
public class ToolLocationFinderTest {
    private final ToolLocationFinder finder = new ToolLocationFinder();

    private List<Location> find(String sample) {
        return finder.find(ToolOutput.blocks(sample));
    }

    @Test
    public void mavenCompilerErrorsOnceEachAtTheirFirstLogLine() {
        List<Location> found = find("maven-compile");

        assertThat(found).extracting(Location::line, Location::column, Location::message, Location::tool,
                        Location::number)
                .containsExactly(tuple(6, 28, "cannot find symbol", "javac", 17L),
                        tuple(7, 21, "incompatible types: java.lang.String cannot be converted to int", "javac", 20L));
        assertThat(found).allSatisfy(l -> {
            assertThat(l.file()).endsWith("/maven-compile/src/main/java/com/example/App.java");
            assertThat(l.path()).isNull();
            assertThat(l.source()).isEqualTo("maven-compile");
        });
    }

    @Test
    public void plainJavac() {
        assertThat(find("javac-plain")).extracting(Location::file, Location::line, Location::column,
                        Location::message, Location::tool, Location::number)
                .containsExactly(tuple("App.java", 4, null, "cannot find symbol", "javac", 1L));
    }

    @Test
    public void gccErrorNotItsNote() {
        assertThat(find("gcc-compile")).extracting(Location::file, Location::line, Location::column, Location::tool,
                        Location::number)
                .containsExactly(tuple("main.c", 4, 17, "gcc", 2L));
        assertThat(find("gcc-compile").get(0).message()).contains("undeclared");
    }

    @Test
    public void linkerNamesTheObjectsSourceAndTheMissingFunction() {
        assertThat(find("ld-undefined")).extracting(Location::file, Location::line, Location::message, Location::tool,
                        Location::number)
                .containsExactly(tuple("main.c", null, "undefined reference to `compute'", "ld", 2L));
    }

    @Test
    public void ghcUnderCabalAndUnderStackWhichPutsThePackageBeforeEachLine() {
        assertThat(find("cabal-build")).extracting(Location::file, Location::line, Location::column,
                        Location::message, Location::tool)
                .containsExactly(tuple("src/Invoice.hs", 8, 23, "Couldn't match type ‘[Char]’ with ‘Int’", "ghc"));
        List<Location> stack = find("stack-build");
        assertThat(stack).extracting(Location::line, Location::column, Location::message, Location::tool,
                        Location::number)
                .containsExactly(tuple(8, 23, "Couldn't match type ‘[Char]’ with ‘Int’", "ghc", 11L));
        assertThat(stack.get(0).file()).endsWith("/cabal-build/invoice/src/Invoice.hs").doesNotContain(">");
        assertThat(find("ghc-werror")).extracting(Location::file, Location::line, Location::message, Location::tool)
                .containsExactly(tuple("Shape.hs", 10, "No explicit implementation for", "ghc"),
                        tuple("Shape.hs", 16, "Defined but not used: ‘unused’", "ghc"));
    }

    @Test
    public void aRubyWarningOnTheLineOfMinitestsProgressDotsNamesTheFileWithoutThem() {
        Location warning = find("minitest-warning").get(0);

        assertThat(warning.file()).startsWith("/").endsWith("/minitest-warning/lib/legacy_pricing.rb");
        assertThat(warning).extracting(Location::line, Location::message, Location::number)
                .containsExactly(3, "assigned but unused variable - rounded", 5L);
    }

    @Test
    public void progressDotsBeforeARelativePathAreNotPartOfIt() {
        assertThat(find("minitest-warning-load")).extracting(Location::file, Location::line, Location::number)
                .containsExactly(tuple("lib/legacy_pricing.rb", 3, 5L));
    }

    @Test
    public void linkerSectionNamedAfterTheFunctionIsNotPartOfTheFile() {
        assertThat(find("ld-undefined-function-sections")).extracting(Location::file, Location::message)
                .containsExactly(tuple("main.c", "undefined reference to `compute'"));
    }

    @Test
    public void codeCompiledFromStdinNamesNoFile() {
        assertThat(find("coffee-stdin")).isEmpty();
    }

    @Test
    public void rustcArrowLine() {
        assertThat(find("cargo-build")).extracting(Location::file, Location::line, Location::column,
                        Location::message, Location::tool, Location::number)
                .containsExactly(tuple("src/main.rs", 2, 23, "mismatched types", "rustc", 3L));
    }

    @Test
    public void rustcLintMessageKeepsItsOwnColon() {
        assertThat(find("cargo-deny-warnings")).extracting(Location::file, Location::line, Location::message)
                .containsExactly(tuple("src/main.rs", 3, "unused variable: `index`"));
    }

    @Test
    public void cargoTestPanicButNotTheStandardLibraryBacktrace() {
        List<Location> found = find("cargo-test");

        assertThat(found).first().extracting(Location::file, Location::line, Location::column, Location::message,
                        Location::number)
                .containsExactly("src/lib.rs", 11, 9, "assertion `left == right` failed: two plus two", 13L);
        assertThat(found).extracting(Location::file).noneMatch(file -> file.contains("/rustc/"));
    }

    @Test
    public void goBuildWithColumn() {
        assertThat(find("go-build")).extracting(Location::file, Location::line, Location::column, Location::message,
                        Location::tool, Location::number)
                .containsExactly(tuple("./main.go", 6, 14, "undefined: total", "go", 2L));
    }

    @Test
    public void goTestReports() {
        assertThat(find("go-test")).extracting(Location::file, Location::line, Location::message, Location::number)
                .containsExactly(tuple("calc_test.go", 7, "Divide(6, 3) = 2, want 3", 2L),
                        tuple("calc_test.go", 10, "Divide(1, 0) = 0, want -1", 3L),
                        tuple("calc_test.go", 17, "dividing by zero should give 1", 7L));
    }

    @Test
    public void tscPlainAndPretty() {
        for (String sample : List.of("tsc-plain", "tsc-pretty")) {
            assertThat(find(sample)).as(sample)
                    .extracting(Location::file, Location::line, Location::column, Location::tool)
                    .containsExactly(tuple("src/a.ts", 5, 7, "tsc"), tuple("src/a.ts", 6, 7, "tsc"));
        }
        assertThat(find("tsc-plain")).extracting(Location::number).containsExactly(1L, 2L);
        assertThat(find("tsc-pretty")).extracting(Location::number).containsExactly(1L, 6L);
        assertThat(find("tsc-pretty").get(0).message())
                .isEqualTo("TS2322: Type 'string' is not assignable to type 'number'.");
    }

    @Test
    public void eslintStylish() {
        List<Location> found = find("eslint");

        assertThat(found).extracting(Location::line, Location::column, Location::message, Location::number)
                .containsExactly(tuple(1, 7, "'unused' is assigned a value but never used (no-unused-vars)", 3L),
                        tuple(3, 16, "'name' is defined but never used (no-unused-vars)", 4L),
                        tuple(4, 26, "'nam' is not defined (no-undef)", 5L));
        assertThat(found).allSatisfy(l -> assertThat(l.file()).endsWith("/eslint/src/app.js"));
    }

    @Test
    public void pythonTracebackLastFrameInOwnCode() {
        List<Location> found = find("python-traceback");

        assertThat(found).hasSize(1);
        Location location = found.get(0);
        assertThat(location.file()).endsWith("/python-traceback/app/main.py");
        assertThat(location.line()).isEqualTo(5);
        assertThat(location.number()).isEqualTo(8);
        assertThat(location.message()).startsWith("json.decoder.JSONDecodeError: Expecting property name");
    }

    @Test
    public void pytestFailureLines() {
        assertThat(find("pytest")).extracting(Location::file, Location::line, Location::message, Location::number)
                .containsExactly(tuple("calc/__init__.py", 2, "ZeroDivisionError", 27L),
                        tuple("tests/test_calc.py", 9, "AssertionError", 36L));
    }

    @Test
    public void unittestTracebacks() {
        List<Location> found = find("unittest");

        assertThat(found).extracting(Location::line, Location::message)
                .containsExactly(tuple(2, "ZeroDivisionError: division by zero"),
                        tuple(8, "AssertionError: 0.5 != 1 : one half rounds up"));
    }

    @Test
    public void jestAndMochaFramesOutsideNodeModules() {
        assertThat(find("jest")).extracting(Location::file, Location::line, Location::column, Location::message,
                        Location::tool, Location::number)
                .containsExactly(tuple("src/sum.test.js", 5, 23,
                        "expect(received).toBe(expected) // Object.is equality", "node", 21L));
        assertThat(find("mocha")).extracting(Location::file, Location::line, Location::column, Location::number)
                .containsExactly(tuple("test/calc.spec.js", 5, 12, 23L));
        assertThat(find("mocha").get(0).message()).startsWith("AssertionError [ERR_ASSERTION]: one plus two");
    }

    @Test
    public void nodesHeaderAboveASyntaxErrorWhoseStackNamesOnlyTheRequiringFile() {
        List<Location> found = find("node-syntax");

        assertThat(found).extracting(Location::line, Location::column, Location::message, Location::tool,
                        Location::number)
                .startsWith(tuple(4, 1, "SyntaxError: Unexpected token '}'", "node", 1L));
        assertThat(found.get(0).file()).endsWith("/node-syntax/lib/config.js");
        // A library's header (coffeescript rethrowing the compiler's error) names no place in the project.
        assertThat(find("coffee-cake")).extracting(Location::file).noneMatch(file -> file.contains("node_modules/"));
    }

    @Test
    public void junitStackTracesFirstFrameInProjectCode() {
        for (String sample : List.of("maven-junit4", "maven-junit5")) {
            // Surefire's "Tests run: 3, ..." is no file named "Tests run", though javac's pattern would say so.
            assertThat(find(sample)).as(sample)
                    .extracting(Location::file, Location::line)
                    .containsExactly(tuple("com/example/CalculatorTest.java", 10),
                            tuple("com/example/Calculator.java", 5));
        }
        assertThat(find("maven-junit4")).filteredOn(l -> "jvm".equals(l.tool()))
                .extracting(Location::number, Location::message)
                .containsExactly(tuple(35L, "java.lang.AssertionError: sum of 2 and 3 expected:<5> but was:<6>"),
                        tuple(67L, "java.lang.ArithmeticException: / by zero"));
    }

    @Test
    public void checkstyleBothOutputs() {
        List<Location> found = find("maven-checkstyle");

        assertThat(found).extracting(Location::tool).containsOnly("checkstyle");
        assertThat(found).filteredOn(l -> l.file().equals("src/main/java/com/example/App.java"))
                .extracting(Location::line, Location::column, Location::message, Location::number)
                .contains(tuple(5, 14, "(whitespace) WhitespaceAround: '=' is not followed by whitespace.", 22L),
                        tuple(5, 14, "(whitespace) WhitespaceAround: '=' is not preceded with whitespace.", 23L));
        assertThat(found).filteredOn(l -> l.number() == 14)
                .extracting(Location::line, Location::column, Location::message)
                .containsExactly(tuple(5, 14, "'=' is not followed by whitespace. [WhitespaceAround]"));
    }

    @Test
    public void shellcheckColumnFromTheMarker() {
        assertThat(find("shellcheck")).extracting(Location::file, Location::line, Location::column, Location::message,
                        Location::number)
                .containsExactly(
                        tuple("deploy.sh", 3, 19, "SC2086: Double quote to prevent globbing and word splitting.", 2L),
                        tuple("deploy.sh", 4, 12, "SC2086: Double quote to prevent globbing and word splitting.", 10L));
    }

    @Test
    public void pmdAndSpotBugsMavenOutput() {
        assertThat(find("maven-pmd")).extracting(Location::file, Location::line, Location::message, Location::tool)
                .containsExactly(tuple("com/example/App.java", 7, "SystemPrintln: Usage of System.out/err.", "pmd"));
        assertThat(find("maven-spotbugs")).extracting(Location::file, Location::line, Location::tool)
                .containsExactly(tuple("com/example/App.java", 7, "spotbugs"));
        assertThat(find("maven-spotbugs").get(0).message())
                .startsWith("NP_NULL_ON_SOME_PATH: Possible null pointer dereference of null");
    }

    @Test
    public void blocksKeepTheirOwnSourcesAndLogOrder() {
        List<LogBlock> blocks = new ArrayList<>(ToolOutput.blocks("go-build"));
        blocks.addAll(ToolOutput.blocks("javac-plain"));

        assertThat(finder.find(blocks)).extracting(Location::source, Location::file)
                .containsExactly(tuple("go-build", "./main.go"), tuple("javac-plain", "App.java"));
    }

    @Test
    public void capsTheCountKeepingTheFirst() {
        List<LogBlock> blocks = new ArrayList<>(ToolOutput.blocks("maven-checkstyle"));
        blocks.addAll(ToolOutput.blocks("go-build"));

        List<Location> found = new ToolLocationFinder(3).find(blocks);

        assertThat(found).extracting(Location::number).containsExactly(10L, 11L, 12L);
    }
}
