package org.cifailureagent.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test report from a stranger's pull request: any bytes either read as a report, with each failure's text and
 * message within their caps, or are skipped as unusable with a reason. Nothing else may escape.
 */
class JUnitXmlFuzzTest {
    private static final JUnitXmlReader READER = new JUnitXmlReader(1 << 20);
    private static Path dir;

    @BeforeAll
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("xml-fuzz");
    }

    @AfterAll
    static void deleteDir() throws IOException {
        Files.deleteIfExists(dir.resolve("TEST-fuzz.xml"));
        Files.deleteIfExists(dir);
    }

    // Entries are written into a libFuzzer dictionary, which takes \xNN escapes and no raw quotes or newlines.
    @FuzzTest
    @DictionaryEntries({"<?xml version=\\x221.0\\x22 encoding=\\x22UTF-8\\x22?>", "<testsuites>", "</testsuites>",
        "<testsuite name=\\x22s\\x22>", "</testsuite>", "<testcase classname=\\x22a.B\\x22 name=\\x22t\\x22>",
        "</testcase>",
        "<failure message=\\x22m\\x22>", "</failure>", "<error type=\\x22x\\x22>", "</error>", "<flakyFailure>",
        "</flakyFailure>", "<rerunFailure>", "<![CDATA[", "]]>", "<!DOCTYPE r [", "<!ENTITY e \\x22x\\x22>", "&e;",
        "&amp;", "&#x41;", "SYSTEM \\x22file:///etc/passwd\\x22", "<system-out>", "encoding=\\x22UTF-16\\x22"})
    void readReport(byte[] bytes) throws IOException {
        Path file = dir.resolve("TEST-fuzz.xml");
        Files.write(file, bytes);
        JUnitXmlReader.Result result;
        try {
            result = READER.read(file);
        } catch (JUnitXmlReader.UnusableReportException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        for (JUnitXmlReader.Case c : result.cases()) {
            assertThat(c.text().length()).isLessThanOrEqualTo(JUnitXmlReader.MAX_TEXT);
            assertThat(c.message().length()).isLessThanOrEqualTo(JUnitXmlReader.MAX_MESSAGE);
            assertThat(c.outcome()).isNotNull();
        }
    }
}
