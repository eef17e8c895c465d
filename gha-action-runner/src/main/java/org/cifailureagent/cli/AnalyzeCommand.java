package org.cifailureagent.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.LogScan;
import org.cifailureagent.explain.flaky.History;
import org.cifailureagent.explain.flaky.HistoryReader;
import org.cifailureagent.classify.drift.DriftLog;
import org.cifailureagent.classify.model.ClassifierChoice;
import org.cifailureagent.classify.drift.DriftSample;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.GitHubMarkdown;
import org.cifailureagent.report.Report;
import org.cifailureagent.report.ReportJson;
import org.cifailureagent.report.TextReport;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleMatcher;
import org.cifailureagent.workspace.CollectOptions;
import org.cifailureagent.workspace.CommitRange;
import org.cifailureagent.workspace.WorkspaceStep;
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

    @Option(names = "--since", paramLabel = "COMMIT",
            description = {"The last green commit: the commits after it up to HEAD of --workspace are ranked as "
                    + "suspects (default: HEAD's own changes). BASE..HEAD gives a pull request's range."})
    String since;

    @Option(names = "--commit", paramLabel = "SHA",
            description = "The analyzed build's commit, matched against --history (default: HEAD of --workspace).")
    String commit;

    @Option(names = "--history", paramLabel = "FILE",
            description = {"The job's earlier runs, JSON lines {\"run\",\"commit\",\"timestamp\",\"result\","
                    + "\"category\",\"fingerprint\",\"failingTests\"}: decides flaky failures and tells whether "
                    + "this failure was seen before. Only with a single INPUT."})
    Path history;

    @Option(names = "--report-globs", paramLabel = "GLOB", split = ",",
            description = {"Comma-separated globs of JUnit-style XML test reports under --workspace (default: "
                    + "**/target/surefire-reports/*.xml, **/target/failsafe-reports/*.xml, "
                    + "**/build/test-results/**/*.xml, **/junit*.xml, **/TEST-*.xml, **/test-results/**/*.xml)."})
    List<String> reportGlobs;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "A rules file (YAML or JSON, see docs/rules.md) added to the shipped rules; a rule with a "
                    + "shipped rule's id replaces it.")
    Path rulesFile;

    @CommandLine.Mixin
    PushgatewayOptions metrics = new PushgatewayOptions();

    @Option(names = "--model", paramLabel = "FILE",
            description = "A model trained with 'train' instead of the embedded default model.")
    Path modelFile;

    @Option(names = "--drift-log", paramLabel = "FILE",
            description = "Append one drift sample per analysis (category, confidence, share of unknown words; no "
                    + "log text) as a JSON line to FILE, for 'drift --recent FILE'.")
    Path driftLog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws IOException {
        var modelLoading = modelFile == null ? main.preload.defaultModel()
                : ClassifierChoice.loadInBackground(modelFile);
        if (inputs.size() > 1 && (passingLog != null || workspace != null)) {
            spec.commandLine().getErr().println("error: --passing-log and --workspace apply to a single INPUT");
            return Main.EXIT_USAGE;
        }
        if (inputs.size() > 1 && history != null) {
            spec.commandLine().getErr().println("error: --history applies to a single INPUT");
            return Main.EXIT_USAGE;
        }
        if (workspace == null && (since != null || reportGlobs != null)) {
            spec.commandLine().getErr().println("error: --since and --report-globs need --workspace");
            return Main.EXIT_USAGE;
        }
        if (workspace != null && !java.nio.file.Files.isDirectory(workspace)) {
            spec.commandLine().getErr().println("error: --workspace " + workspace + " is not a directory");
            return Main.EXIT_USAGE;
        }
        if (inputs.stream().filter("-"::equals).count() + ("-".equals(passingLog) ? 1 : 0) > 1) {
            spec.commandLine().getErr().println("error: standard input ('-') can be given only once");
            return Main.EXIT_USAGE;
        }
        metrics.prepare(spec.commandLine(), System.getenv());
        RuleMatcher.Compiled rules = main.preload.shippedRules();
        if (rulesFile != null) {
            rules = LogScan.prepare(rules.ruleSet().plus(new RuleLoader().load(rulesFile)));
        }
        List<DriftSample> samples = new ArrayList<>();
        Analyzer analyzer = Analyzers.standard(rules, modelFile, modelLoading, samples::add,
                spec.commandLine().getErr());
        History runs = history == null ? null : HistoryReader.read(history);
        List<Report> reports = new ArrayList<>();
        for (String input : inputs) {
            var log = BuildLogs.open(input, main.stdin);
            var passing = passingLog == null ? null : BuildLogs.open(passingLog, main.stdin);
            reports.add(metrics.publish(analyzer.analyze(new AnalysisRequest(log, passing)
                    .withWorkspace(workspaceStep()).withHistory(runs, commit)), spec.commandLine().getErr()));
        }
        print(reports, spec.commandLine().getOut());
        if (driftLog != null) {
            appendDriftSamples(samples);
        }
        return Main.EXIT_OK;
    }

    private WorkspaceStep workspaceStep() {
        if (workspace == null) {
            return null;
        }
        CollectOptions options = CollectOptions.defaults();
        if (reportGlobs != null) {
            options = options.withReportGlobs(reportGlobs);
        }
        if (since != null) {
            options = since.contains("..") ? options.withRange(CommitRange.parse(since)) : options.withSince(since);
        }
        return WorkspaceStep.local(workspace, options);
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
            case markdown -> reports.forEach(r -> out.println(GitHubMarkdown.render(r, GitHubMarkdown.Context.none(),
                    GitHubMarkdown.STEP_SUMMARY_BYTES)));
            case text -> reports.forEach(r -> out.println(TextReport.render(r)));
        }
        out.flush();
    }
}
