package org.cifailureagent.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.read.CollectingSink;
import org.cifailureagent.read.LogLine;
import org.junit.Test;

public class NormalizerTest {
    private static final Path SAMPLES = Path.of("src/test/resources/samples");
    private static final String ESC = "\u001b";

    private final List<String> masked = new ArrayList<>();
    private final Normalizer normalizer = new Normalizer(masked::add);

    private NormalizedLine normalize(String text) {
        return normalizer.normalize(new LogLine("log", 7, text, false));
    }

    private List<NormalizedLine> normalizeSample(String name) throws IOException {
        CollectingSink sink = new CollectingSink();
        BuildLogs.open(SAMPLES.resolve(name).toString(), java.io.InputStream.nullInputStream()).read(sink);
        List<NormalizedLine> lines = new ArrayList<>();
        for (LogLine line : sink.lines) {
            NormalizedLine n = normalizer.normalize(line);
            assertThat(n.number()).as("line numbers are untouched").isEqualTo(line.number());
            assertThat(n.source()).isEqualTo(line.source());
            lines.add(n);
        }
        return lines;
    }

    @Test
    public void mavenColoursAreRemoved() throws IOException {
        List<NormalizedLine> lines = normalizeSample("maven-color.log");
        List<String> plainMaven = Files.readAllLines(SAMPLES.resolve("maven-color.log")).stream()
                .map(l -> l.replaceAll("\u001b\\[[0-9;]*m", "")).map(String::stripTrailing).toList();

        assertThat(lines).extracting(NormalizedLine::text).containsExactlyElementsOf(plainMaven);
        assertThat(lines).extracting(NormalizedLine::text).contains("[ERROR] COMPILATION ERROR :", "[INFO] BUILD FAILURE");
        assertThat(lines).allMatch(l -> !l.text().contains(ESC));
    }

    @Test
    public void npmColoursAreRemoved() throws IOException {
        assertThat(normalizeSample("npm-color.log").get(0).text()).isEqualTo("npm error Missing script: \"build\"");
    }

    @Test
    public void lsColoursAndOscHyperlinksAreRemoved() throws IOException {
        assertThat(normalizeSample("ls-color.log")).extracting(NormalizedLine::text)
                .containsExactly("dir", "link.txt", "plain.txt", "run.sh");
        assertThat(normalizeSample("ls-hyperlink.log")).extracting(NormalizedLine::text)
                .containsExactly("dir", "link.txt", "plain.txt", "run.sh");
    }

    @Test
    public void gitDiffColoursAreRemoved() throws IOException {
        assertThat(normalizeSample("git-diff-color.log")).extracting(NormalizedLine::text)
                .contains("diff --git a/f.txt b/f.txt", "@@ -1,2 +1,2 @@", "-b", "+c");
    }

    @Test
    public void tputCharacterSetDesignationIsRemoved() throws IOException {
        assertThat(normalizeSample("tput-color.log")).extracting(NormalizedLine::text)
                .containsExactly("FAILED: 2 checks");
    }

    @Test
    public void cursorMovesAndOscWithStTerminatorAreRemoved() {
        assertThat(normalize(ESC + "[2K" + ESC + "[1G" + ESC + "[1A done").text()).isEqualTo(" done");
        assertThat(normalize(ESC + "]8;;https://example.org" + ESC + "\\link" + ESC + "]8;;" + ESC + "\\ ok").text())
                .isEqualTo("link ok");
        assertThat(normalize("cut " + ESC).text()).isEqualTo("cut");
    }

    @Test
    public void textBeforeBetweenAndAfterEscapesIsKept() {
        assertThat(normalize("a" + ESC + "7b" + ESC + "[31mcolour" + ESC + "(B" + ESC + "[0m end").text())
                .isEqualTo("abcolour end");
        assertThat(normalize(ESC + "[1;34mINFO" + ESC + "[0m Running com.example.AppTest").text())
                .isEqualTo("INFO Running com.example.AppTest");
    }

    @Test
    public void progressRewritesKeepTheLastVisibleFrame() throws IOException {
        List<NormalizedLine> lines = normalizeSample("progress-cr.log");

        assertThat(lines).extracting(NormalizedLine::text).containsExactly("Downloading dependencies",
                "[#####################] 100%", "Resolving deltas: 100% (2/2), done.", "BUILD FAILED");
        assertThat(normalize("50%\r100%\r   \r").text()).isEqualTo("100%");
    }

    @Test
    public void gitHubTimestampsAreRemoved() {
        assertThat(normalize("2026-11-26T10:15:42.1234567Z [ERROR] boom").text()).isEqualTo("[ERROR] boom");
        assertThat(normalize("2026-11-26T10:15:42Z plain").text()).isEqualTo("plain");
        assertThat(normalize("2026-11-26 10:15:42 not GitHub's").text()).isEqualTo("2026-11-26 10:15:42 not GitHub's");
    }

    @Test
    public void gitHubLogMarkers() {
        assertThat(normalize("2026-11-26T10:15:42.1234567Z ##[group]Run mvn -B verify"))
                .isEqualTo(new NormalizedLine("log", 7, "Run mvn -B verify", LineKind.SECTION_START));
        assertThat(normalize("##[endgroup]").kind()).isEqualTo(LineKind.SECTION_END);
        assertThat(normalize("##[error]Process completed with exit code 1."))
                .isEqualTo(new NormalizedLine("log", 7, "Process completed with exit code 1.", LineKind.CI_ERROR));
        assertThat(normalize("##[warning]Node.js 16 is deprecated").kind()).isEqualTo(LineKind.CI_WARNING);
        assertThat(normalize("##[command]/usr/bin/git version"))
                .isEqualTo(new NormalizedLine("log", 7, "/usr/bin/git version", LineKind.COMMAND));
    }

    /** GitHub's framing as in fixtures/corpus/logs/go-mod/gofmt-check-gha.log and npm-audit-endpoint-error-gha.log. */
    @Test
    public void whatAGitHubStepsHeaderGroupShowsIsItsScriptNotItsOutput() {
        List<String> log = List.of(
                "##[group]Run unformatted=$(gofmt -l .)",
                "unformatted=$(gofmt -l .)",
                "if [ -n \"$unformatted\" ]; then",
                "  echo \"Go files must be formatted with gofmt. Please run: gofmt -w .\"",
                "fi",
                "shell: /usr/bin/bash -e {0}",
                "##[endgroup]",
                "Go files must be formatted with gofmt. Please run: gofmt -w .",
                "##[group]Run actions/setup-node@v4",
                "with:",
                "  node-version: 20",
                "##[endgroup]",
                "Found in cache @ /opt/hostedtoolcache/node/20.18.0/x64",
                // A group a tool opened itself (::group::Run the tests), over its output.
                "##[group]Run the tests",
                "--- FAIL: TestBurstThenDeny (0.00s)",
                "##[endgroup]");
        List<LineKind> kinds = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            kinds.add(normalizer.normalize(new LogLine("log", i + 1, log.get(i), false)).kind());
        }

        assertThat(kinds).containsExactly(LineKind.SECTION_START, LineKind.STEP_SCRIPT, LineKind.STEP_SCRIPT,
                LineKind.STEP_SCRIPT, LineKind.STEP_SCRIPT, LineKind.STEP_SCRIPT, LineKind.SECTION_END,
                LineKind.OUTPUT, LineKind.SECTION_START, LineKind.STEP_SCRIPT, LineKind.STEP_SCRIPT,
                LineKind.SECTION_END, LineKind.OUTPUT, LineKind.SECTION_START, LineKind.OUTPUT, LineKind.SECTION_END);
    }

    @Test
    public void workflowErrorCommandWithEscapes() {
        NormalizedLine line = normalize("::error file=src/A.java,line=3,col=5,title=Build%3A failed::first%0Asecond");

        assertThat(line.kind()).isEqualTo(LineKind.CI_ERROR);
        assertThat(line.text()).isEqualTo("first\nsecond");
        assertThat(line.workflowFile()).isEqualTo("src/A.java");
        assertThat(line.workflowLine()).isEqualTo(3);
        assertThat(line.number()).isEqualTo(7);
        assertThat(normalize("::warning::careful").kind()).isEqualTo(LineKind.CI_WARNING);
        assertThat(normalize("::error file=a%2Cb.java,line=x::m").workflowFile()).isEqualTo("a,b.java");
        assertThat(normalize("::error file=a%2Cb.java,line=x::m").workflowLine()).isZero();
    }

    @Test
    public void addMaskHandsTheValueOverAndMasksTheLine() {
        NormalizedLine line = normalize("2026-11-26T10:15:42.1234567Z ::add-mask::s3cr3t-value");

        assertThat(masked).containsExactly("s3cr3t-value");
        assertThat(line.kind()).isEqualTo(LineKind.MASK);
        assertThat(line.text()).doesNotContain("s3cr3t-value");
    }

    @Test
    public void cppScopeIsNotAWorkflowCommand() {
        assertThat(normalize("::std::vector<int> v;")).isEqualTo(new NormalizedLine("log", 7, "::std::vector<int> v;",
                LineKind.OUTPUT));
    }

    @Test
    public void jenkinsConsoleNotesAreRemovedVisibleTextKept() {
        String note = ESC + "[8mha:////4IY2yvwmvz0XZyq5jAAAAlB+LCAAAAAAAAP9b85aBtbiIQTGjNKU4P08vOT+vOD8nVc83PyU1x6OyILUoJzMv2y+/JJUBAjgZGRgqipQEqgAAAA==" + ESC + "[0m";

        assertThat(normalize(note + "[Pipeline] sh")).isEqualTo(new NormalizedLine("log", 7, "[Pipeline] sh",
                LineKind.PIPELINE));
        assertThat(normalize(note + "[Pipeline] { (Build)").text()).isEqualTo("Build");
        assertThat(normalize(note + "[Pipeline] { (Build)").kind()).isEqualTo(LineKind.SECTION_START);
        assertThat(normalize("before " + note + "after " + note + "end").text()).isEqualTo("before after end");
        assertThat(normalize("+ mvn -B verify").kind()).isEqualTo(LineKind.COMMAND);
    }

    @Test
    public void gitCommandsThatJenkinsGitClientEchoesAreCommands() {
        assertThat(normalize(" > git --version # timeout=10").kind()).isEqualTo(LineKind.COMMAND);
        assertThat(normalize(" > git --version # 'git version 2.34.1'").kind()).isEqualTo(LineKind.COMMAND);
        assertThat(normalize(" > git fetch --tags --force --progress -- https://git.example.org/example/c-make.git"
                + " +refs/heads/*:refs/remotes/origin/* # timeout=10").kind()).isEqualTo(LineKind.COMMAND);
        assertThat(normalize("ERROR: Error fetching remote repo 'origin'").kind()).isEqualTo(LineKind.OUTPUT);
        assertThat(normalize("> git checkout main").kind()).as("a quoted or diffed line").isEqualTo(LineKind.OUTPUT);
    }

    @Test
    public void trailingWhitespaceIsRemoved() {
        assertThat(normalize("[INFO] \t  ").text()).isEqualTo("[INFO]");
    }

    @Test
    public void truncationIsCarriedOver() {
        assertThat(normalizer.normalize(new LogLine("s", 9, "x", true)).truncated()).isTrue();
    }
}
