package org.cifailureagent.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Reports that must be skipped with a warning while the good ones beside them are still read. The attacks are
 * written here by hand: no test runner produces them, an attacker does.
 */
public class HostileReportsTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private Path workspace;
    private Path reports;

    @Before
    public void goodReportBeside() throws IOException {
        workspace = Samples.workspace("surefire", temp.getRoot().toPath().resolve("ws"));
        reports = workspace.resolve("target/surefire-reports");
    }

    private WorkspaceFacts collectWith(String fileName, String content) throws IOException {
        Files.writeString(reports.resolve(fileName), content, StandardCharsets.UTF_8);
        return new WorkspaceCollector(CollectOptions.defaults()).collect(workspace, List.of());
    }

    private static void assertSkippedAndGoodOnesRead(WorkspaceFacts facts, String fileName, String why) {
        assertThat(facts.warnings()).singleElement().asString()
                .startsWith("test report target/surefire-reports/" + fileName + " skipped: ").contains(why);
        assertThat(facts.reportsRead()).isEqualTo(2);
        assertThat(facts.failedTests()).hasSize(2);
    }

    @Test
    public void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = temp.newFile("secret.txt").toPath();
        Files.writeString(secret, "TOP-SECRET-VALUE");
        WorkspaceFacts facts = collectWith("TEST-xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [\n"
                + "  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n<testsuite name=\"x\"><testcase "
                + "classname=\"a.B\" name=\"c\"><failure message=\"&xxe;\">&xxe;</failure></testcase></testsuite>\n");

        assertSkippedAndGoodOnesRead(facts, "TEST-xxe.xml", "DOCTYPE");
        assertThat(facts.toString()).doesNotContain("TOP-SECRET-VALUE");
    }

    @Test
    public void entityExpansionBombsAreRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [\n <!ENTITY l0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        WorkspaceFacts facts = collectWith("TEST-bomb.xml", dtd + "]>\n<testsuite name=\"x\"><testcase classname=\"a.B\""
                + " name=\"c\"><failure message=\"&l9;\"/></testcase></testsuite>\n");

        assertSkippedAndGoodOnesRead(facts, "TEST-bomb.xml", "DOCTYPE");
    }

    @Test
    public void anUndeclaredEntityIsRefused() throws IOException {
        WorkspaceFacts facts = collectWith("TEST-entity.xml", "<testsuite name=\"x\"><testcase classname=\"a.B\" "
                + "name=\"c\"><failure>&boom;</failure></testcase></testsuite>");

        assertThat(facts.warnings()).singleElement().asString().contains("TEST-entity.xml skipped");
        assertThat(facts.failedTests()).extracting(ReportedTest::name).doesNotContain("a.B.c");
    }

    @Test
    public void aTruncatedReportIsSkippedWhole() throws IOException {
        String real = Files.readString(reports.resolve("TEST-com.example.CalcTest.xml"));
        Files.delete(reports.resolve("TEST-com.example.CalcTest.xml"));
        WorkspaceFacts facts = collectWith("TEST-truncated.xml", real.substring(0, real.length() / 2));

        assertThat(facts.warnings()).singleElement().asString()
                .contains("TEST-truncated.xml skipped: not well-formed XML");
        assertThat(facts.reportsRead()).isEqualTo(1);
        assertThat(facts.failedTests()).isEmpty();
    }

    @Test
    public void aHugeReportIsSkippedBeforeItIsParsed() throws IOException {
        Files.writeString(reports.resolve("TEST-huge.xml"), "<testsuite>" + " ".repeat(3 << 20) + "</testsuite>");

        WorkspaceFacts facts = new WorkspaceCollector(CollectOptions.defaults().withMaxReportBytes(1 << 20))
                .collect(workspace, List.of());

        assertSkippedAndGoodOnesRead(facts, "TEST-huge.xml", "larger than 1 MiB");
    }

    @Test
    public void anXmlFileThatIsNoTestReportIsSkipped() throws IOException {
        WorkspaceFacts facts = collectWith("TEST-pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>");

        assertSkippedAndGoodOnesRead(facts, "TEST-pom.xml", "root element <project> is not a test report");
    }
}
