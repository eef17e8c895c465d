package org.cifailureagent.evidence.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.evidence.ToolOutput;
import org.junit.Test;

/** Real test runners' output (see src/test/resources/tool-output/regenerate.sh) in, canonical test names out. */
public class LogFailingTestFinderTest {
    private final LogFailingTestFinder finder = new LogFailingTestFinder();

    private List<FailingTest> find(String sample) {
        return finder.find(ToolOutput.blocks(sample));
    }

    @Test
    public void surefireJUnit4FullNamesWithTheExceptionAsMessage() {
        assertThat(find("maven-junit4")).extracting(FailingTest::name, FailingTest::message, FailingTest::source,
                        FailingTest::number)
                .containsExactly(
                        tuple("com.example.CalculatorTest.testAdd",
                                "java.lang.AssertionError: sum of 2 and 3 expected:<5> but was:<6>", "maven-junit4",
                                30L),
                        tuple("com.example.CalculatorTest.testDivide", "java.lang.ArithmeticException: / by zero",
                                "maven-junit4", 65L));
    }

    @Test
    public void surefireJUnit5() {
        assertThat(find("maven-junit5")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(
                        tuple("com.example.CalculatorTest.testAdd",
                                "org.opentest4j.AssertionFailedError: sum of 2 and 3 ==> expected: <5> but was: <6>",
                                30L),
                        tuple("com.example.CalculatorTest.testDivide", "java.lang.ArithmeticException: / by zero",
                                42L));
    }

    @Test
    public void surefireSummaryAloneNamesTheSimpleClass() {
        List<LogBlock> summaryOnly = List.of(new LogBlock("maven-junit4",
                ToolOutput.blocks("maven-junit4").get(0).lines().subList(100, 106)));

        assertThat(finder.find(summaryOnly)).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("CalculatorTest.testAdd", "sum of 2 and 3 expected:<5> but was:<6>", 102L),
                        tuple("CalculatorTest.testDivide", "Arithmetic / by zero", 104L));
    }

    @Test
    public void pytestNodeIds() {
        assertThat(find("pytest")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("tests/test_calc.py::test_div", "ZeroDivisionError: division by zero", 38L),
                        tuple("tests/test_calc.py::test_half", "AssertionError: one half rounds up", 39L));
    }

    @Test
    public void pytestVerboseLinesNameTheTestsWhereNoShortSummaryDoes() {
        // Their messages come from the tests' sections (PytestSectionsTest).
        assertThat(find("pytest-verbose-no-summary")).extracting(FailingTest::name, FailingTest::message,
                        FailingTest::number)
                .containsExactly(tuple("tests/test_calc.py::test_div", null, 9L),
                        tuple("tests/test_calc.py::test_half", null, 10L));
        assertThat(find("pytest-verbose-params")).extracting(FailingTest::name, FailingTest::message)
                .containsExactly(tuple("tests/test_shell_errors.py::test_recognizes_dash_message", "AssertionEr..."));
    }

    @Test
    public void vimsOwnHarnessByTestFunctionWithoutTheCallStack() {
        // Test_cache_warms_up failed once and passed when retried as flaky; Test_server_answers failed each time.
        assertThat(find("vim-runtest")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("Test_server_answers", "server state: Expected 'ready' but got 'down'", 39L),
                        tuple("Test_discount", "Expected 90 but got 80", 43L),
                        tuple("Test_parse_total", "total: not a number", 45L),
                        tuple("test98", null, 68L));
    }

    @Test
    public void aVimScreenTestsMessageEndsWithTheScreensLastRowOfText() {
        assertThat(find("vim-runtest-screen")).extracting(FailingTest::name, FailingTest::message).containsExactly(
                tuple("Test_help_window", "RunVimInTerminal() failed, screen contents: executing job failed: No such "
                        + "file or directory"));
    }

    @Test
    public void vimsReportAloneSkipsTheRunHeadingsOfATestRetriedAsFlaky() {
        List<LogBlock> report = List.of(new LogBlock("vim-runtest",
                ToolOutput.blocks("vim-runtest").get(0).lines().subList(66, 82)));

        assertThat(finder.find(report)).extracting(FailingTest::name, FailingTest::message)
                .containsExactly(tuple("test98", null), tuple("Test_discount", "Expected 90 but got 80"),
                        tuple("Test_parse_total", "total: not a number"),
                        tuple("Test_server_answers", "server state: Expected 'ready' but got 'down'"));
    }

    @Test
    public void mochaUnderAnUnnamedRootSuite() {
        assertThat(find("mocha-nested")).extracting(FailingTest::name, FailingTest::message).containsExactly(tuple(
                "Public APIs for the compiler should be acknowledged when they change",
                "AssertionError [ERR_ASSERTION]: the API baseline changed"));
    }

    @Test
    public void jestTitles() {
        assertThat(find("jest")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("Calc › adds", "expect(received).toBe(expected) // Object.is equality", 6L));
    }

    @Test
    public void goTestsAndSubtestsNotTheirParents() {
        assertThat(find("go-test")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("TestDivide", "Divide(6, 3) = 2, want 3", 4L),
                        tuple("TestTable/by_zero", "dividing by zero should give 1", 10L));
    }

    @Test
    public void testifysErrorEntryWithTheLinesThatContinueIt() {
        for (String sample : List.of("go-testify", "go-testify-verbose")) {
            assertThat(find(sample)).as(sample).extracting(FailingTest::name, FailingTest::message).containsExactly(
                    tuple("TestTotal", "Not equal: expected: 900 actual : 700"),
                    tuple("TestSingleItem", "Should be true"));
        }
    }

    @Test
    public void testthatDescriptionsAloneAndUnderRCmdCheck() {
        assertThat(find("r-testthat")).extracting(FailingTest::name, FailingTest::message).containsExactly(
                tuple("a discount lowers the total",
                        "invoice_total(c(10, 10), discount = 0.1) (`actual`) not equal to 18 (`expected`)."),
                tuple("prices may be given as text", "Error in `sum(prices)`: invalid 'type' (character) of argument"));
        for (String check : List.of("r-cmd-check", "r-cmd-check-c-locale")) {
            assertThat(find(check)).as(check).extracting(FailingTest::name, FailingTest::message).containsExactly(
                    tuple("prices may be given as text",
                            "Error in `sum(prices)`: invalid 'type' (character) of argument"));
        }
    }

    @Test
    public void phpRunTestsNamesThePhptFileWithItsDiff() {
        assertThat(find("php-run-tests")).extracting(FailingTest::name, FailingTest::message)
                .containsExactly(tuple("tests/discount.phpt", "001+ int(1100); 001- int(900)"));
    }

    @Test
    public void cargoTestPathWithThePanicMessage() {
        assertThat(find("cargo-test")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("tests::it_works", "assertion `left == right` failed: two plus two", 7L));
        assertThat(find("cargo-test-rust163")).extracting(FailingTest::name, FailingTest::message)
                .containsExactly(tuple("tests::it_works", "assertion failed: `(left == right)`"));
    }

    @Test
    public void mochaFullTitleFromTheFailureListNotTheProgressList() {
        assertThat(find("mocha")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("Calc adds", "AssertionError [ERR_ASSERTION]: one plus two", 11L));
    }

    @Test
    public void jasmineFullNameWithoutItsMessageHeading() {
        assertThat(find("jasmine")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("cart total adds the item prices", "Expected 5.5 to be 5.", 5L));
    }

    @Test
    public void exUnitModuleAndTestNameNotTheLinesUnderIt() {
        assertThat(find("exunit")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("CartTest.test sums the prices of its items", "Assertion with == failed", 5L));
    }

    @Test
    public void minitestClassAndMethodNotItsNumberedHeader() {
        assertThat(find("minitest")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("CartTest.test_sums_the_prices_of_its_items", "Expected: 7; Actual: 14", 10L));
    }

    @Test
    public void minitestReportersBareHeadersForAFailureAndAnError() {
        assertThat(find("minitest-reporters-default")).extracting(FailingTest::name, FailingTest::message)
                .containsExactly(
                        tuple("Minitest::Result.test_total_multiplies_price_and_quantity",
                                "Minitest::Assertion: Expected: 12"),
                        tuple("Minitest::Result.test_tax_is_twenty_percent",
                                "NameError: undefined local variable or method `rate' for #<Invoice:0x00007f2832b03dd8 "
                                        + "@lines=[{:price=>10, :quantity=>1}]>"));
    }

    @Test
    public void testUnitErrorWithItsExceptionAndFailureWithoutMessage() {
        assertThat(find("test-unit")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("TestInvoice.test_tax_is_twenty_percent",
                                "NameError: undefined local variable or method `rate' for #<Invoice:0x00007fd0c1c253f0 "
                                        + "@lines=[{:price=>10, :quantity=>1}]>", 5L),
                        tuple("TestInvoice.test_total_multiplies_price_and_quantity", null, 21L));
    }

    @Test
    public void phpUnitClassAndMethodAsItsFilterTakesThem() {
        assertThat(find("phpunit")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("CartTest::testSumsThePricesOfItsItems",
                        "Failed asserting that 14 is identical to 7.", 9L));
        assertThat(find("phpunit-setup-errors")).extracting(FailingTest::name, FailingTest::message)
                .containsExactly(tuple("WarehouseTest::testStartsEmpty", "RuntimeException: warehouse database is not "
                        + "reachable in /tmp/tmp.xWsMK3UNwv/phpunit-stock/tests/WarehouseTest.php:13"));
        assertThat(find("passing-phpunit-risky")).isEmpty();
    }

    @Test
    public void rspecFullDescriptionWithTheFailureUnderItsCode() {
        assertThat(find("rspec")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("Cart sums the prices of its items", "expected: 7; got: 14", 5L));
    }

    @Test
    public void bustedFullNamesButNoneForAFileThatDoesNotLoad() {
        assertThat(find("busted")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("cart adds up the prices",
                        "spec/cart_spec.lua:10: Expected objects to be equal.", 5L));
        assertThat(find("busted-errors")).extracting(FailingTest::name, FailingTest::message)
                .containsExactly(tuple("basket multiplies prices by quantities",
                                "src/basket.lua:6: attempt to perform arithmetic on field 'quantity' (a nil value)"),
                        tuple("basket rejects a negative quantity",
                                "spec/basket_spec.lua:15: negative quantities are not checked yet"));
    }

    @Test
    public void tapDescriptionsOfTheTopLevelWithTheirDiagnostic() {
        assertThat(find("bats")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("joins words with dashes", "`[ \"$output\" = \"hello-world\" ]' failed", 3L));
        assertThat(find("busted-errors-tap")).extracting(FailingTest::name, FailingTest::message).containsExactly(
                tuple("basket multiplies prices by quantities", "Failure message: src/basket.lua:6: attempt to "
                        + "perform arithmetic on field 'quantity' (a nil value)"),
                tuple("basket rejects a negative quantity",
                        "Failure message: spec/basket_spec.lua:15: negative quantities are not checked yet"));
        // tape's YAML block: the expected value with the actual one.
        assertThat(find("tape")).extracting(FailingTest::name, FailingTest::message)
                .containsExactly(tuple("two plus three", "expected: 5; actual: 6"));
        assertThat(find("node-tap")).extracting(FailingTest::name).containsExactly("test/total.test.js");
        // node's test runner: the error, quoted on its line or the first line of a block.
        assertThat(find("node-test-errors")).extracting(FailingTest::name, FailingTest::message).containsExactly(
                tuple("rejects a request over the limit", "rate limit exceeded for key \"api\""),
                tuple("counts requests", "Expected values to be strictly equal:"));
        assertThat(find("node-test")).extracting(FailingTest::message)
                .containsExactly("Expected values to be strictly equal:");
    }

    @Test
    public void scalaTestUnderMavenAndUnderSbt() {
        for (String sample : List.of("maven-scalatest", "sbt-scalatest")) {
            assertThat(find(sample)).as(sample).extracting(FailingTest::name, FailingTest::message)
                    .containsExactly(
                            tuple("a discount lowers the total", "2200 did not equal 1800 (InvoiceSpec.scala:11)"));
        }
    }

    @Test
    public void commonTestSuiteAndCaseUnderCtRunAndRebar3() {
        assertThat(find("erlang-common-test")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("average_SUITE.average_of_two", "{badmatch,4}", 16L),
                        tuple("average_SUITE.average_of_same", "{badmatch,7}", 23L));
        assertThat(find("erlang-ct-init-per-group")).extracting(FailingTest::name).containsExactly(
                "ledger_SUITE.balance_of_two", "ledger_SUITE.init_per_group");
        assertThat(find("rebar3-ct")).extracting(FailingTest::name, FailingTest::message).containsExactly(
                tuple("ledger_SUITE.balance_of_two", "{{badmatch,4},"),
                tuple("ledger_SUITE.rounding.init_per_group", "{{badmatch,{error,enoent}},"),
                tuple("setup_SUITE.init_per_suite", "{{badmatch,{error,econnrefused}},"));
    }

    @Test
    public void tastyTestNamesWithTheFailureBelowTheSourceLine() {
        assertThat(find("tasty")).extracting(FailingTest::name, FailingTest::message).containsExactly(
                tuple("cost is shared between parcels", "expected: 4; but got: 6"),
                tuple("a single parcel", "Exception: divide by zero"),
                tuple("no parcel is refused", "share of zero parcels should be refused"));
    }

    @Test
    public void googleTestSuiteAndTestWithTheAssertionsFirstLine() {
        assertThat(find("googletest")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("CalcTest.AverageOfTwo", "Expected equality of these values:", 11L),
                        tuple("CalcTest.AverageOfSame", "Expected equality of these values:", 18L));
        // --gtest_brief prints no RUN lines: each test's output ends at the result line of the test before it.
        assertThat(find("googletest-brief")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("CalcTest.AverageOfTwo", "Expected equality of these values:", 7L),
                        tuple("CalcTest.AverageOfSame", "Expected equality of these values:", 13L));
    }

    @Test
    public void ctestListOfFailedTestsWithHowEachFailed() {
        assertThat(find("ctest")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("average", "Subprocess aborted", 15L));
    }

    @Test
    public void unittestIds() {
        assertThat(find("unittest")).extracting(FailingTest::name, FailingTest::message, FailingTest::number)
                .containsExactly(tuple("tests.test_mod.CalcTest.test_zero", "ZeroDivisionError: division by zero", 6L),
                        tuple("tests.test_mod.CalcTest.test_half", "AssertionError: 0.5 != 1 : one half rounds up",
                                17L));
    }

    @Test
    public void compilerOutputNamesNoTest() {
        for (String sample : List.of("maven-compile", "gcc-compile", "cargo-build", "tsc-plain", "eslint")) {
            assertThat(find(sample)).as(sample).isEmpty();
        }
    }

    @Test
    public void eachTestOnceAcrossBlocksKeepingTheFirstReport() {
        List<LogBlock> twice = new ArrayList<>(ToolOutput.blocks("pytest"));
        twice.addAll(ToolOutput.blocks("pytest"));

        assertThat(finder.find(twice)).extracting(FailingTest::name)
                .containsExactly("tests/test_calc.py::test_div", "tests/test_calc.py::test_half");
    }
}
