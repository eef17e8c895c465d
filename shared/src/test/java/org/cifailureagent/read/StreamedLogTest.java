package org.cifailureagent.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

public class StreamedLogTest {
    private static final Path LOG = Path.of(System.getProperty("repo.root", ".."), "docs", "examples",
            "jenkins-maven-test.log");

    @Test
    public void aLogWithinTheLimitIsReadWhole() throws IOException {
        byte[] bytes = Files.readAllBytes(LOG);
        CollectingSink sink = new CollectingSink();
        new StreamedLog("log", () -> new ByteArrayInputStream(bytes), bytes.length, bytes.length).read(sink);

        CollectingSink file = new CollectingSink();
        BuildLogs.open(LOG.toString(), null).read(file);
        assertThat(sink.texts()).isEqualTo(file.texts());
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    public void aLongLogIsReadFromItsTailWithTheWholeLogsLineNumbers() throws IOException {
        byte[] bytes = Files.readAllBytes(LOG);
        CollectingSink sink = new CollectingSink();
        new StreamedLog("log", () -> new ByteArrayInputStream(bytes), bytes.length, 2_000).read(sink);

        CollectingSink whole = new CollectingSink();
        BuildLogs.open(LOG.toString(), null).read(whole);
        LogLine first = sink.lines.get(0);
        assertThat(first.number()).isGreaterThan(1);
        assertThat(first.text()).isEqualTo(whole.lines.get((int) first.number() - 1).text());
        LogLine last = sink.lines.get(sink.lines.size() - 1);
        assertThat(last.number()).isEqualTo(whole.lines.size());
        assertThat(last.text()).isEqualTo(whole.lines.get(whole.lines.size() - 1).text());
        assertThat(sink.warnings).singleElement().asString().contains("analyzed its last").contains("from line "
                + first.number());
    }

    @Test
    public void theTailsAnalysisNamesLinesByTheirNumberInTheWholeLog() throws IOException {
        byte[] bytes = Files.readAllBytes(LOG);
        List<String> whole = Files.readAllLines(LOG, StandardCharsets.UTF_8);
        Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();
        Report tail = analyzer.analyze(AnalysisRequest.of(new StreamedLog("log", () -> new ByteArrayInputStream(bytes),
                bytes.length, bytes.length / 2)));

        assertThat(tail.rootCause().lines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.number()).isGreaterThan(whole.size() / 3);
            assertThat(ANSI.matcher(whole.get((int) line.number() - 1)).replaceAll("")).contains(line.text());
        });
    }

    /** Colour codes, which the analysis strips from the lines it shows. */
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
}
