package org.cifailureagent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.evidence.EvidenceLine;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

/**
 * Travis CI quotes a failed command of several lines (a {@code bash -c "..."} block of .travis.yml) over as many lines
 * of its end line. That quote is the script, not what it printed: LogChunks' pandoc, openface and discourse logs
 * showed its lines among the root cause, because the lines before the exit mark become candidates.
 */
public class TravisQuotedScriptTest {
    private static final List<String> SCRIPT = List.of(
            "  if [ \"$LINT\" = 1 ]; then",
            "    bash command-missing.sh",
            "  else",
            "    make test || (echo tests failed; exit 1)",
            "  fi");

    private final Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).build();

    @Test
    public void theQuotedScriptIsNoRootCause() throws IOException {
        List<String> log = new ArrayList<>();
        log.add("$ bash -c \"");
        log.addAll(SCRIPT);
        log.add("\"");
        log.addAll(sample("bash-command-not-found"));
        log.add("");
        int quoteFirst = log.size() + 1;
        log.add("The command \"bash -c \"");
        log.addAll(SCRIPT);
        log.add("\"\" exited with 127.");
        int quoteLast = log.size();
        log.add("");
        log.add("Done. Your build exited with 1.");

        Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open("-",
                new ByteArrayInputStream(String.join("\n", log).getBytes(StandardCharsets.UTF_8)))));

        assertThat(report.failingStep()).isEqualTo("bash -c \" …");
        assertThat(report.rootCause().lines()).extracting(EvidenceLine::number)
                .noneMatch(n -> n > quoteFirst && n < quoteLast);
        assertThat(report.rootCause().lines().get(0).text()).isEqualTo(
                "command-missing.sh: line 4: swiftlint: command not found");
    }

    private static List<String> sample(String name) throws IOException {
        try (InputStream in = TravisQuotedScriptTest.class.getResourceAsStream("/tool-output/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
