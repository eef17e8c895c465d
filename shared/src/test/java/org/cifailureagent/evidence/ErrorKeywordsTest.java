package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.cifailureagent.normalize.NormalizedLine;
import org.junit.Test;

/** What the error keywords say of real lines that count errors, none or some. */
public class ErrorKeywordsTest {

    private static String lineOf(String sample, String start) {
        List<NormalizedLine> lines = ToolOutput.blocks(sample).get(0).lines();
        return lines.stream().map(NormalizedLine::text).filter(text -> text.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(sample + " has no line starting with " + start));
    }

    private static String lineHolding(String sample, String part) {
        List<NormalizedLine> lines = ToolOutput.blocks(sample).get(0).lines();
        return lines.stream().map(NormalizedLine::text).filter(text -> text.contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError(sample + " has no line holding " + part));
    }

    @Test
    public void countsOfNoFailureSayNothingOfAnError() {
        for (String text : List.of(lineOf("passing-hspec", "1 example, 0 failures"),
                lineOf("passing-maven-checkstyle", "[INFO] You have 0 Checkstyle violations."),
                lineOf("passing-node-test-names", "# fail 0"))) {
            ErrorKeywords.Reading reading = ErrorKeywords.read(text);
            assertThat(reading.weight()).as(text).isZero();
            assertThat(reading.neutral()).as(text).isTrue();
        }
    }

    @Test
    public void countsOfExpectedFailuresSayNothingOfAnError() {
        for (String text : List.of(lineHolding("passing-pytest-xfail", " xfailed in "), lineOf("passing-automake-xfail", "# XFAIL:"),
                lineOf("passing-php-run-tests-xfail", "Expected fail"),
                lineOf("passing-php-run-tests-xfail", "Tests failed"),
                lineOf("passing-php-run-tests-xfail", "EXPECTED FAILED TEST SUMMARY"))) {
            assertThat(ErrorKeywords.read(text).weight()).as(text).isZero();
        }
    }

    @Test
    public void wordsInDottedNamesSayNothingOfAnError() {
        for (String text : List.of(lineHolding("cargo-test", "library/core/src/panicking.rs:80:14"),
                lineHolding("maven-junit4", "at org.junit.Assert.fail(Assert.java:89)"),
                lineHolding("emacs-package-unavailable", "command-line-1((\"-l\" \"init-missing.el\"))"))) {
            assertThat(ErrorKeywords.read(text).weight()).as(text).isZero();
        }
    }

    @Test
    public void aWordBesideADottedNameStillCounts() {
        String rust = lineHolding("cargo-test", "core::panicking::panic_fmt");
        String bash = lineOf("bash-command-not-found", "command-missing.sh: line 4: ");
        String junit = lineOf("maven-junit4", "java.lang.AssertionError: ");

        assertThat(ErrorKeywords.read(rust).weight()).as(rust).isEqualTo(ErrorKeywords.weight("panic"));
        assertThat(ErrorKeywords.read(junit).weight()).as(junit).isEqualTo(ErrorKeywords.weight("error"));
        assertThat(ErrorKeywords.read(bash).weight()).as(bash).isEqualTo(ErrorKeywords.weight("not found"));
    }

    @Test
    public void aZeroCountCancelsOnlyItsOwnWords() {
        String minitest = lineOf("minitest-error", "2 runs, 0 assertions, 0 failures, 2 errors");

        assertThat(ErrorKeywords.read(minitest).weight()).as("2 errors").isEqualTo(ErrorKeywords.weight("error"));
        assertThat(ErrorKeywords.read(minitest).neutral()).isTrue();
    }

    @Test
    public void tenErrorsAreNotNoErrors() {
        String javac = lineOf("javac-ten-errors", "10 errors");

        assertThat(ErrorKeywords.read(javac).neutral()).isFalse();
        assertThat(ErrorKeywords.read(javac).weight()).isEqualTo(ErrorKeywords.weight("error"));
    }

    @Test
    public void theCollectorsReadingOfTheLiteralPassAgreesWithTheTextsOwn() {
        for (String text : List.of(lineOf("minitest-error", "2 runs"), lineOf("javac-ten-errors", "10 errors"),
                lineOf("passing-hspec", "1 example, 0 failures"), lineOf("maven-pmd", "[WARNING] PMD Failure"),
                lineHolding("cargo-test", "library/core/src/panicking.rs:80:14"))) {
            BitSet found = new BitSet();
            List<String> keywords = ErrorKeywords.list();
            String lower = text.toLowerCase(Locale.ROOT);
            for (int i = 0; i < keywords.size(); i++) {
                if (lower.contains(keywords.get(i))) {
                    found.set(i);
                }
            }
            assertThat(ErrorKeywords.read(found, text)).as(text).isEqualTo(ErrorKeywords.read(text));
        }
    }

    @Test
    public void aToolsWarningLineIsAWarningWhateverItSays() {
        ErrorKeywords.Reading reading = ErrorKeywords.read(lineOf("maven-pmd", "[WARNING] PMD Failure"));

        assertThat(reading.warning()).isTrue();
        assertThat(reading.nonError()).isTrue();
    }

    @Test
    public void rakesHintToTraceIsAConsequence() {
        assertThat(ErrorKeywords.read(lineOf("minitest-error", "(See full trace by running task with --trace)"))
                .consequence()).isTrue();
    }
}
