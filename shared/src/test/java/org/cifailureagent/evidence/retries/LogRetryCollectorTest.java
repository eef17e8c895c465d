package org.cifailureagent.evidence.retries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cifailureagent.evidence.retries.Attempt.FAILED;
import static org.cifailureagent.evidence.retries.Attempt.PASSED;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.normalize.Normalizer;
import org.cifailureagent.read.LineSplitter;
import org.cifailureagent.workspace.Samples;
import org.junit.Test;

/** Real retry output (resources/workspace/samples/retries, made by regenerate-retries.sh), read line by line. */
public class LogRetryCollectorTest {

    private static List<RetriedTest> retries(String sample) throws IOException {
        try (InputStream in = Files.newInputStream(Samples.sample(sample))) {
            return retries(in, sample);
        }
    }

    private static List<RetriedTest> retries(InputStream log, String source) throws IOException {
        LogRetryCollector collector = new LogRetryCollector();
        Normalizer normalizer = new Normalizer(masked -> { });
        new LineSplitter().split(log, source, line -> collector.accept(normalizer.normalize(line)));
        return collector.finish();
    }

    private static List<RetriedTest> retries(List<String> lines) throws IOException {
        byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return retries(new ByteArrayInputStream(text), "spliced");
    }

    @Test
    public void vimsHarnessRerunsATestMarkedFlaky() throws IOException {
        // src/test/resources/tool-output/regenerate.sh: Test_cache_warms_up fails once and then passes,
        // Test_server_answers fails three times.
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/tool-output/vim-runtest.txt"))) {
            assertThat(retries(in, "vim-runtest")).extracting(RetriedTest::name, RetriedTest::attempts)
                    .containsExactly(tuple("Test_cache_warms_up", List.of(FAILED, PASSED)),
                            tuple("Test_server_answers", List.of(FAILED, FAILED, FAILED)));
        }
    }

    @Test
    public void surefireFlakesSectionGivesTheFlakeAndItsRuns() throws IOException {
        List<RetriedTest> tests = retries("retries/surefire-flakes-only.log");

        assertThat(tests).extracting(RetriedTest::name).containsExactly("com.example.CacheTest.answersQuicklyWhenWarm");
        assertThat(tests.get(0).attempts()).containsExactly(FAILED, PASSED);
        assertThat(tests.get(0).passedOnRetry()).isTrue();
        assertThat(tests.get(0).number()).isEqualTo(65);
    }

    @Test
    public void surefireTestsThatFailedEveryRunAreRetriedButNotPassed() throws IOException {
        List<RetriedTest> tests = retries("surefire/mvn-test.log");

        assertThat(tests).extracting(RetriedTest::name).containsExactly("com.example.CalcTest.addsTwoNumbers",
                "com.example.CalcTest.dividesByZero", "com.example.RetriedTest.passesOnRetry");
        assertThat(tests.get(0).attempts()).containsExactly(FAILED, FAILED, FAILED);
        assertThat(tests.get(0).passedOnRetry()).isFalse();
        assertThat(tests.get(2).attempts()).containsExactly(FAILED, PASSED);
    }

    @Test
    public void failsafeRerunsPrintTheSameSections() throws IOException {
        List<RetriedTest> tests = retries("retries/failsafe-flake-and-failure.log");

        assertThat(tests).extracting(RetriedTest::name, RetriedTest::attempts).containsExactly(
                org.assertj.core.groups.Tuple.tuple("com.example.OrderServiceIT.countsOrders",
                        List.of(FAILED, FAILED, FAILED)),
                org.assertj.core.groups.Tuple.tuple("com.example.OrderServiceIT.answersOnceStarted",
                        List.of(FAILED, PASSED)));
    }

    @Test
    public void aFlakeInOneModuleOfAReactorThatFailedToCompileAnother() throws IOException {
        List<RetriedTest> tests = retries("retries/maven-flakes-and-compile-error.log");

        assertThat(tests).extracting(RetriedTest::name).containsExactly("com.example.PriceTest.loadsPricesInTime");
        assertThat(tests.get(0).passedOnRetry()).isTrue();
    }

    @Test
    public void pytestRerunSummaryAndShortSummaryGiveEveryAttempt() throws IOException {
        List<RetriedTest> tests = retries("retries/pytest-reruns.log");

        assertThat(tests).extracting(RetriedTest::name).containsExactly("tests/test_orders.py::test_ships_in_time",
                "tests/test_orders.py::test_totals");
        assertThat(tests.get(0).attempts()).containsExactly(FAILED, PASSED);
        assertThat(tests.get(1).attempts()).containsExactly(FAILED, FAILED, FAILED);
    }

    @Test
    public void pytestVerboseOutputGivesTheSameAttempts() throws IOException {
        List<RetriedTest> tests = retries("retries/pytest-reruns-verbose.log");

        assertThat(tests).extracting(RetriedTest::name).containsExactly("tests/test_orders.py::test_ships_in_time",
                "tests/test_orders.py::test_totals");
        assertThat(tests.get(0).attempts()).containsExactly(FAILED, PASSED);
        assertThat(tests.get(1).attempts()).containsExactly(FAILED, FAILED, FAILED);
    }

    @Test
    public void pytestWithoutVerboseOrRerunSummaryOnlyCountsReruns() throws IOException {
        assertThat(Files.readString(Samples.sample("retries/pytest-reruns-quiet.log"))).contains("3 rerun");
        assertThat(retries("retries/pytest-reruns-quiet.log")).isEmpty();
    }

    @Test
    public void jestRetryLogsWithTheFileTreeNameBothTestsCanonically() throws IOException {
        List<RetriedTest> tests = retries("retries/jest-retries.log");

        assertThat(tests).extracting(RetriedTest::name).containsExactly("cart › loads prices",
                "cart › adds up the total");
        assertThat(tests.get(0).attempts()).containsExactly(FAILED, PASSED);
        assertThat(tests.get(1).attempts()).containsExactly(FAILED, FAILED, FAILED);
    }

    @Test
    public void logsWithoutRetriesHaveNone() throws IOException {
        assertThat(retries("pytest/pytest.log")).isEmpty();
        assertThat(retries("jest/jest.log")).isEmpty();
        assertThat(retries("flaky/current.log")).isEmpty();
    }

    /**
     * RSpec prints a {@code Failures:} header as Surefire does, but never Surefire's {@code Tests run:} total that ends
     * a section. A Maven listing that follows it far below, with its own header cut off (as a truncated log shows it),
     * must not be read as a rerun: the section ended with the lines that named no test.
     */
    @Test
    public void anotherRunnersFailuresHeaderDoesNotOpenASectionForTheRestOfTheLog() throws IOException {
        List<String> rspec = Files.readAllLines(Path.of("src/test/resources/tool-output/rspec.txt"));
        List<String> maven = Files.readAllLines(Samples.sample("retries/surefire-flakes-only.log"));
        int header = maven.indexOf("[WARNING] Flakes: ");
        List<String> log = new ArrayList<>(rspec);
        log.addAll(maven.subList(header - SurefireRetryFormat.MAX_LINES_WITHOUT_A_TEST, header));
        log.addAll(maven.subList(header + 1, maven.size()));

        assertThat(rspec).contains("Failures:").noneMatch(line -> line.contains("Tests run:"));
        assertThat(retries(log)).isEmpty();
        log.add(rspec.size() + SurefireRetryFormat.MAX_LINES_WITHOUT_A_TEST, maven.get(header));
        assertThat(retries(log)).extracting(RetriedTest::name)
                .containsExactly("com.example.CacheTest.answersQuicklyWhenWarm");
    }

    /**
     * Lines of the longest length the reader passes on (16 KiB), shaped to make a backtracking pattern try every
     * split: the parsers must read them in linear time. Quadratic patterns took minutes here.
     */
    @Test
    public void hostileLinesOfMaximalLengthAreReadQuickly() {
        String spaces = " ".repeat(16 * 1024 - 40);
        List<String> lines = List.of("[WARNING] Flakes:", "[WARNING] com.example.A.b(" + spaces,
                "[INFO]   Run 1:" + spaces, " LOGGING RETRY ERRORS  x" + spaces + "y", "Tests: " + spaces,
                "  cart" + spaces, "    ✓ x" + spaces, "a.py::".repeat(2_700), "RERUN " + "a.py::b".repeat(2_300),
                "=" + " 1 rerun".repeat(2_000) + spaces + "=");
        LogRetryCollector collector = new LogRetryCollector();
        long start = System.nanoTime();
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < lines.size(); i++) {
                collector.accept(new org.cifailureagent.normalize.NormalizedLine("hostile", i + 1, lines.get(i),
                        org.cifailureagent.normalize.LineKind.OUTPUT));
            }
        }
        collector.finish();

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }
}
