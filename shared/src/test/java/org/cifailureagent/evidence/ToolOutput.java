package org.cifailureagent.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.normalize.Normalizer;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.read.LineSplitter;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;

/**
 * A sample of real tool output (src/test/resources/tool-output, made by regenerate.sh there) read the way the
 * analysis reads a log: split on LF, normalized, then handed over as one block.
 */
public final class ToolOutput {
    private ToolOutput() {
    }

    public static List<LogBlock> blocks(String sample) {
        String resource = "/tool-output/" + sample + ".txt";
        List<NormalizedLine> lines = new ArrayList<>();
        Normalizer normalizer = new Normalizer(masked -> { });
        try (InputStream in = ToolOutput.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + resource);
            }
            new LineSplitter().split(in, sample, line -> lines.add(normalizer.normalize(line)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(new LogBlock(sample, lines));
    }

    /** The sample's report by the shipped rules and evidence alone (no model), as {@code analyze -} gives it. */
    public static Report analyze(String sample) throws IOException {
        try (InputStream in = ToolOutput.class.getResourceAsStream("/tool-output/" + sample + ".txt")) {
            return Analyzer.builder(new RuleLoader().loadDefault()).build()
                    .analyze(AnalysisRequest.of(BuildLogs.open("-", in)));
        }
    }
}
