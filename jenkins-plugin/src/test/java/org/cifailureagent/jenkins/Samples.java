package org.cifailureagent.jenkins;

import java.io.IOException;
import java.nio.file.Path;
import org.cifailureagent.report.Report;
import org.cifailureagent.report.ReportJson;

/** Real logs and projects kept elsewhere in the repository (docs/examples, shared's workspace samples). */
final class Samples {
    static final Path REPO = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    /** A real Jenkins log of a Maven build whose test failed, and the report the analyzer gives for it. */
    static final Path MAVEN_TEST_LOG = REPO.resolve("docs/examples/jenkins-maven-test.log");
    static final Path MAVEN_TEST_REPORT = REPO.resolve("docs/examples/jenkins-maven-test.report.json");
    /** A little Maven project and the Surefire reports its real test run wrote. */
    static final Path SUREFIRE_PROJECT = REPO.resolve("shared/src/test/resources/workspace/projects/surefire");
    static final Path SUREFIRE_REPORTS = REPO.resolve("shared/src/test/resources/workspace/samples/surefire");

    private Samples() {
    }

    static Report goldenReport() throws IOException {
        return ReportJson.read(MAVEN_TEST_REPORT);
    }

    /** A shell command that prints the real log and fails, as the build that produced it did. */
    static String replayFailingLog() {
        return "cat '" + MAVEN_TEST_LOG + "'\nexit 1\n";
    }
}
