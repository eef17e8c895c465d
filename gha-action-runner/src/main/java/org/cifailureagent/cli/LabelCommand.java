package org.cifailureagent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.corpus.CorrectionWriter;
import org.cifailureagent.taxonomy.Category;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "label", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Records the right category of an analysed build in a corrections corpus (same format as "
                + "../shared/corpus): a redacted, gzip-compressed copy of the log and an index.jsonl entry.")
final class LabelCommand implements Callable<Integer> {
    @Option(names = "--report", paramLabel = "REPORT.json", required = true,
            description = "The JSON report of the analysis being corrected ('analyze --format json').")
    Path report;

    @Option(names = "--log", paramLabel = "LOG", required = true, description = "The build's log (plain or gzip).")
    Path log;

    @Option(names = "--category", paramLabel = "C", required = true, description = "The right category.")
    String category;

    @Option(names = "--lines", paramLabel = "A-B", split = ",",
            description = "The lines that show the cause (1-based, LF-counted), e.g. 120-124; repeatable.")
    List<String> lines = new ArrayList<>();

    @Option(names = "--project", paramLabel = "NAME",
            description = "The CI project (owner/repo or job), so cross-validation keeps its logs together.")
    String project;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The corrections corpus folder.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Category right = Category.fromWireName(category);
        JsonNode reportJson;
        try {
            reportJson = new ObjectMapper().readTree(report.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(report + ": not a JSON report (" + e.getMessage() + ")");
        }
        if (reportJson == null || !reportJson.has("schemaVersion") || !reportJson.has("category")) {
            throw new IllegalArgumentException(report + ": not a CI Failure Agent report (no schemaVersion/category)");
        }
        List<CorpusEntry.LineRange> ranges = new ArrayList<>();
        for (String range : lines) {
            ranges.add(parseRange(range));
        }
        String fingerprint = reportJson.hasNonNull("fingerprint") ? reportJson.get("fingerprint").asText() : null;
        String id = new CorrectionWriter().add(out, new CorrectionWriter.Correction(log, right, ranges,
                reportJson.get("category").asText(), fingerprint, project));
        spec.commandLine().getOut().println("added " + id + " (" + reportJson.get("category").asText() + " -> "
                + right.wireName() + ") to " + out.resolve("index.jsonl"));
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }

    private static CorpusEntry.LineRange parseRange(String text) {
        String[] parts = text.strip().split("-", -1);
        try {
            long first = Long.parseLong(parts[0].strip());
            long last = parts.length == 1 ? first : Long.parseLong(parts[1].strip());
            if (parts.length > 2 || first < 1 || last < first) {
                throw new NumberFormatException();
            }
            return new CorpusEntry.LineRange(first, last);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--lines '" + text + "': expected A-B with 1 <= A <= B");
        }
    }
}
