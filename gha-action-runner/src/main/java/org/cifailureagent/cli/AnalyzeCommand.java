package org.cifailureagent.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.classify.drift.DriftLog;
import org.cifailureagent.classify.model.ClassifierChoice;
import org.cifailureagent.classify.drift.DriftSample;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.MarkdownReport;
import org.cifailureagent.report.Report;
import org.cifailureagent.report.ReportJson;
import org.cifailureagent.report.TextReport;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyzes the logs of failed builds and prints one report per INPUT.",
            "Exit status: 0 when every input was analyzed (whatever the category), 2 for bad usage or unreadable "
                    + "input."})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = {"One build's log: a file (plain or gzip), '-' for standard input, a directory of step "
                    + "logs or a zip of them (the layout GitHub serves for a run's logs). Each INPUT is one build."})
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default, for people), json (an object, or an array for several inputs), jsonl (one "
                    + "object per line, in input order) or markdown.")
    OutputFormat format;

    @Option(names = "--passing-log", paramLabel = "FILE",
            description = "The log of a passing run of the same job; what is new in the failure counts as evidence. "
                    + "Only with a single INPUT.")
    String passingLog;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The build's workspace (test reports, git checkout). Only with a single INPUT.")
    Path workspace;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "A rules file (YAML or JSON, see docs/rules.md) added to the shipped rules; a rule with a "
                    + "shipped rule's id replaces it.")
    Path rulesFile;

    @Option(names = "--model", paramLabel = "FILE",
            description = "A model trained with 'train' instead of the embedded default model.")
    Path modelFile;

    @Option(names = "--drift-log", paramLabel = "FILE",
            description = "Append one drift sample per analysis (category, confidence, share of unknown words; no "
                    + "log text) as a JSON line to FILE, for 'drift --recent FILE'.")
    Path driftLog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // The model loads while the rules compile; one after the other they would cost the sum.
        var modelLoading = ClassifierChoice.loadInBackground(modelFile);
        if (inputs.size() > 1 && (passingLog != null || workspace != null)) {
            spec.commandLine().getErr().println("error: --passing-log and --workspace apply to a single INPUT");
            return Main.EXIT_USAGE;
        }
        if (inputs.stream().filter("-"::equals).count() > 1) {
            spec.commandLine().getErr().println("error: standard input ('-') can be given only once");
            return Main.EXIT_USAGE;
        }
        RuleLoader loader = new RuleLoader();
        RuleSet rules = loader.loadDefault();
        if (rulesFile != null) {
            rules = rules.plus(loader.load(rulesFile));
        }
        List<DriftSample> samples = new ArrayList<>();
        Analyzer analyzer = Analyzers.standard(rules, modelFile, modelLoading, samples::add,
                spec.commandLine().getErr());
        List<Report> reports = new ArrayList<>();
        for (String input : inputs) {
            var log = BuildLogs.open(input, System.in);
            var passing = passingLog == null ? null : BuildLogs.open(passingLog, System.in);
            reports.add(analyzer.analyze(new AnalysisRequest(log, passing)));
        }
        print(reports, spec.commandLine().getOut());
        if (driftLog != null) {
            appendDriftSamples(samples);
        }
        return Main.EXIT_OK;
    }

    /** The analysis is done and printed: a drift log that cannot be written is only a warning. */
    private void appendDriftSamples(List<DriftSample> samples) {
        try {
            DriftLog.append(driftLog, samples);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("warning: " + UserMessages.oneLine(e));
        }
    }

    private void print(List<Report> reports, PrintWriter out) {
        switch (format) {
            case json -> out.println(reports.size() == 1 ? ReportJson.pretty(reports.get(0))
                    : ReportJson.prettyArray(reports));
            case jsonl -> reports.forEach(r -> out.println(ReportJson.compact(r)));
            case markdown -> reports.forEach(r -> out.println(MarkdownReport.render(r)));
            case text -> reports.forEach(r -> out.println(TextReport.render(r)));
        }
        out.flush();
    }
}
