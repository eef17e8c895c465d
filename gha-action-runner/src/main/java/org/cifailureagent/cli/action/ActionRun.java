package org.cifailureagent.cli.action;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.explain.flaky.History;
import org.cifailureagent.explain.flaky.HistoryReader;
import org.cifailureagent.publish.metrics.AnalysisMetrics;
import org.cifailureagent.publish.metrics.MetricLabels;
import org.cifailureagent.publish.metrics.MetricsSource;
import org.cifailureagent.publish.metrics.PushgatewayConfig;
import org.cifailureagent.publish.metrics.PushgatewayCredentials;
import org.cifailureagent.publish.metrics.PushgatewayPublisher;
import org.cifailureagent.publish.metrics.RunMetrics;
import org.cifailureagent.workspace.CollectOptions;
import org.cifailureagent.workspace.WorkspaceStep;
import org.cifailureagent.classify.model.ClassifierChoice;
import org.cifailureagent.classify.model.XgbModel;
import org.cifailureagent.publish.github.CommentMarker;
import org.cifailureagent.publish.github.CommentResult;
import org.cifailureagent.publish.github.GitHubConnection;
import org.cifailureagent.publish.github.GitHubLimits;
import org.cifailureagent.publish.github.GitHubProblems;
import org.cifailureagent.publish.github.JobLogs;
import org.cifailureagent.publish.github.PullRequestComments;
import org.cifailureagent.publish.github.PullRequestLocator;
import org.cifailureagent.read.UnreadableInputException;
import org.cifailureagent.report.GitHubMarkdown;
import org.cifailureagent.report.Redactor;
import org.cifailureagent.report.Report;
import org.cifailureagent.report.ReportJson;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleSet;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;

/**
 * One run of the action. Three ways in, one code path: (1) {@code log-file} given: analyze it in place; (2) no
 * {@code log-file}: download and analyze the failed jobs of this run (or of {@code run-id}); (3) a
 * {@code workflow_run} event: the same for the run that completed. Then annotate, summarize, set outputs, keep the
 * PR comment and the history. Every failure of analysis or publishing is a warning; the exit status is 1 only
 * when {@code fail-on-error} asks for it.
 */
final class ActionRun {
    static final String REPORT_FILE = "ci-failure-agent-report.json";
    /** The step outputs, as action.yml declares them (a test checks). */
    static final List<String> OUTPUTS = List.of("category", "confidence", "summary", "report-path");
    private static final int COMMENT_BUDGET = PullRequestComments.MAX_BODY - 512;

    private final Map<String, String> env;
    private final ActionInputs inputs;
    private final RunnerContext context;
    private final Console console;
    private final GitHubLimits limits;
    private boolean failed;
    private GHRepository repository;

    ActionRun(Map<String, String> env, PrintStream out, GitHubLimits limits) {
        this.env = env;
        this.inputs = ActionInputs.from(env);
        this.context = RunnerContext.from(env);
        List<String> secrets = new ArrayList<>();
        if (inputs.githubToken() != null) {
            secrets.add(inputs.githubToken());
        }
        if (inputs.pushgatewayPassword() != null) {
            secrets.add(inputs.pushgatewayPassword());
        }
        this.console = new Console(out, new Redactor(secrets));
        this.limits = limits;
    }

    int run() {
        try {
            inputs.problems().forEach(this::warn);
            EventPayload event = readEvent();
            Path workspace = workspace();
            String status = status(event);
            boolean workflowRunEvent = event.workflowRunId() != null;
            String workflow = workflowRunEvent && event.workflowRunName() != null ? event.workflowRunName()
                    : context.workflow();
            if ("failure".equals(status)) {
                List<Analysis> analyses = analyze(event, workspace);
                publish(analyses, event, workspace, workflow);
            } else {
                console.info("CI Failure Agent: the job's status is '" + status + "': nothing to analyze");
                if ("success".equals(status)) {
                    passed(event, workspace, workflow, workflowRunEvent);
                }
            }
        } catch (RuntimeException e) {
            // Never a stack trace, never a red build because the analysis broke.
            warn("the analysis failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        console.flush();
        return failed && inputs.failOnError() ? 1 : 0;
    }

    private String status(EventPayload event) {
        if (inputs.jobStatus() != null) {
            return inputs.jobStatus();
        }
        if (event.workflowRunConclusion() != null && inputs.logFiles().isEmpty()) {
            return event.workflowRunConclusion().toLowerCase(Locale.ROOT);
        }
        // Without job-status the step runs where it was placed, typically under if: failure().
        return "failure";
    }

    private List<Analysis> analyze(EventPayload event, Path workspace) {
        // The model loads beside the rules and the first log, and is waited for only to classify.
        Path modelFile = inputs.model() == null ? null : workspace.resolve(inputs.model());
        CompletableFuture<XgbModel> loading = ClassifierChoice.loadInBackground(modelFile);
        RuleSet rules = rules(workspace);
        CompletableFuture<ClassifierChoice> classifier = loading.handle((model, failure) ->
                ClassifierChoice.choose(rules, modelFile, loading, sample -> { }));
        try {
            return analyze(event, workspace, Analyzer.builder(rules).classifier(classifier).build());
        } finally {
            String warning = warningOf(classifier);
            if (warning != null) {
                warn(warning);
            }
        }
    }

    /** Said once the analyses are done, since the model loads while the first log is read. */
    private static String warningOf(CompletableFuture<ClassifierChoice> classifier) {
        return classifier.isDone() && !classifier.isCompletedExceptionally() ? classifier.join().warning() : null;
    }

    private List<Analysis> analyze(EventPayload event, Path workspace, Analyzer analyzer) {
        List<Analysis> analyses = new ArrayList<>();
        if (!inputs.logFiles().isEmpty()) {
            List<String> problems = new ArrayList<>();
            try {
                List<Path> files = LogFiles.resolve(workspace, inputs.logFiles(), problems);
                problems.forEach(this::warn);
                if (!files.isEmpty()) {
                    String name = context.job() == null ? "job" : context.job();
                    // Same job, in place: the checkout and test reports are right here.
                    Report report = analyzer.analyze(AnalysisRequest.of(LogFiles.open(name, files))
                            .withWorkspace(WorkspaceStep.local(workspace, CollectOptions.defaults()))
                            .withHistory(history(workspace), context.sha()));
                    analyses.add(new Analysis(name, context.runId() == null ? 0 : context.runId(), report));
                }
            } catch (IOException | UnreadableInputException e) {
                warn("cannot read log-file: " + e.getMessage());
            }
            return analyses;
        }
        Long runId = inputs.runId() != null ? inputs.runId()
                : event.workflowRunId() != null ? event.workflowRunId() : context.runId();
        if (runId == null) {
            warn("no log-file and no run to download logs from (run-id, GITHUB_RUN_ID)");
            return analyses;
        }
        GHRepository repo = repository();
        if (repo == null) {
            return analyses;
        }
        try {
            JobLogs logs = new JobLogs(repo);
            Path directory = Files.createTempDirectory(tempRoot(), "ci-failure-agent-logs");
            for (JobLogs.Job job : logs.jobs(runId)) {
                if (!job.failed()) {
                    continue;
                }
                try {
                    JobLogs.JobLog log = logs.download(job, directory);
                    Report report = analyzer.analyze(AnalysisRequest.of(
                            LogFiles.open(job.name(), List.of(log.file()))));
                    analyses.add(new Analysis(job.name(), runId, report));
                } catch (IOException e) {
                    warn(GitHubProblems.describe("downloading the log of job '" + job.name() + "'", e));
                }
            }
            if (analyses.isEmpty()) {
                console.info("CI Failure Agent: run " + runId + " has no failed job with a readable log");
            }
        } catch (IOException e) {
            warn(GitHubProblems.describe("listing the jobs of run " + runId, e));
        }
        return analyses;
    }

    private void publish(List<Analysis> analyses, EventPayload event, Path workspace, String workflow) {
        if (analyses.isEmpty()) {
            return;
        }
        StringBuilder summary = new StringBuilder();
        for (Analysis analysis : analyses) {
            Report report = analysis.report();
            if (inputs.annotations()) {
                String job = analyses.size() > 1 ? analysis.jobName() : null;
                Annotations.plan(report, workspace, job).forEach(console::command);
            }
            console.untrusted(List.of(analysis.jobName() + ": " + report.category() + " ("
                    + Math.round(report.confidence() * 100) + "%) " + report.summary()));
            summary.append(GitHubMarkdown.render(report, markdownContext(workflow, analysis),
                    GitHubMarkdown.STEP_SUMMARY_BYTES / analyses.size() - 64)).append('\n');
        }
        Report first = analyses.get(0).report();
        Path reportFile = writeReport(analyses, workspace);
        writeSummary(summary.toString());
        writeOutputs(first.category(), String.format(Locale.ROOT, "%.2f", first.confidence()), first.summary(),
                reportFile == null ? "" : reportFile.toString());
        if (inputs.logFiles().isEmpty()) {
            console.info("CI Failure Agent: history is kept only for the same-job mode (log-file)");
        } else {
            recordHistory(workspace, "failure", first);
        }
        comment(analyses, event, workflow);
        pushMetrics(analyses);
    }

    private void passed(EventPayload event, Path workspace, String workflow, boolean wholeWorkflow) {
        recordHistory(workspace, "success", null);
        writeOutputs("", "", "passed", "");
        if (inputs.comment() == ActionInputs.CommentMode.OFF) {
            return;
        }
        OptionalInt pr = pullRequest(event);
        if (pr.isEmpty()) {
            return;
        }
        String job = context.job() == null ? "job" : context.job();
        CommentMarker marker = new CommentMarker(workflow, job);
        String body = GitHubMarkdown.passed(new GitHubMarkdown.Context(workflow, wholeWorkflow ? null : job,
                runUrl()));
        GHRepository repo = repository();
        if (repo == null) {
            return;
        }
        try {
            PullRequestComments comments = new PullRequestComments(repo);
            CommentResult result = inputs.comment() == ActionInputs.CommentMode.ALWAYS && !wholeWorkflow
                    ? comments.upsert(pr.getAsInt(), marker, body)
                    : comments.resolve(pr.getAsInt(), marker, body, inputs.deleteCommentOnPass(), wholeWorkflow);
            console.info("CI Failure Agent: PR #" + pr.getAsInt() + " comment " + result.name().toLowerCase(
                    Locale.ROOT));
        } catch (IOException e) {
            warn(GitHubProblems.describe("updating the PR comment", e));
        }
    }

    private void comment(List<Analysis> analyses, EventPayload event, String workflow) {
        if (inputs.comment() == ActionInputs.CommentMode.OFF) {
            return;
        }
        OptionalInt pr = pullRequest(event);
        if (pr.isEmpty()) {
            return;
        }
        GHRepository repo = repository();
        if (repo == null) {
            return;
        }
        PullRequestComments comments = new PullRequestComments(repo);
        for (Analysis analysis : analyses) {
            String body = console.redact(GitHubMarkdown.render(analysis.report(),
                    markdownContext(workflow, analysis), COMMENT_BUDGET));
            try {
                CommentResult result = comments.upsert(pr.getAsInt(), new CommentMarker(workflow,
                        analysis.jobName()), body);
                console.info("CI Failure Agent: PR #" + pr.getAsInt() + " comment " + result.name()
                        .toLowerCase(Locale.ROOT));
            } catch (IOException e) {
                warn(GitHubProblems.describe("writing the PR comment", e));
                return;
            }
        }
    }

    private OptionalInt pullRequest(EventPayload event) {
        if (event.pullRequest() != null) {
            return OptionalInt.of(event.pullRequest());
        }
        if (event.workflowRunId() == null || event.headSha() == null) {
            return OptionalInt.empty();
        }
        GHRepository repo = repository();
        if (repo == null) {
            return OptionalInt.empty();
        }
        try {
            return new PullRequestLocator(repo).find(event.headSha(), event.headOwner(), event.headBranch());
        } catch (IOException e) {
            warn(GitHubProblems.describe("finding the pull request of " + event.headSha(), e));
            return OptionalInt.empty();
        }
    }

    /** One push per analyzed job, as per-pipeline gauges (docs/metrics.md); a failed push is a warning. */
    private void pushMetrics(List<Analysis> analyses) {
        if (inputs.pushgatewayUrl() == null || analyses.isEmpty()) {
            return;
        }
        PushgatewayPublisher publisher;
        try {
            PushgatewayCredentials credentials = inputs.pushgatewayUsername() != null
                    ? new PushgatewayCredentials.Basic(inputs.pushgatewayUsername(), inputs.pushgatewayPassword())
                    : new PushgatewayCredentials.None();
            publisher = new PushgatewayPublisher(PushgatewayConfig.of(inputs.pushgatewayUrl(),
                    PushgatewayConfig.DEFAULT_JOB, Map.of(), credentials));
        } catch (IllegalArgumentException e) {
            warn("pushgateway-url not used: " + e.getMessage());
            return;
        }
        // The repository without its owner, who may be a person: no user name becomes a label value.
        String repository = context.repository() == null ? "unknown"
                : context.repository().substring(context.repository().indexOf('/') + 1);
        for (Analysis analysis : analyses) {
            String pipeline = repository + "/" + (context.workflow() == null ? "workflow" : context.workflow()) + "/"
                    + analysis.jobName();
            AnalysisMetrics metrics = AnalysisMetrics.of(analysis.report(), MetricsSource.GITHUB, pipeline,
                    Instant.now());
            publisher.push(RunMetrics.of(metrics, null), Map.of(MetricLabels.PIPELINE, pipeline))
                    .ifPresent(this::warn);
        }
    }

    private History history(Path workspace) {
        if (inputs.history() == null) {
            return null;
        }
        Path file = workspace.resolve(inputs.history());
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return HistoryReader.read(file);
        } catch (IOException | RuntimeException e) {
            warn("history " + inputs.history() + " not used: " + e.getMessage());
            return null;
        }
    }

    private RuleSet rules(Path workspace) {
        RuleLoader loader = new RuleLoader();
        RuleSet rules = loader.loadDefault();
        if (inputs.rules() != null) {
            try {
                rules = rules.plus(loader.load(workspace.resolve(inputs.rules())));
            } catch (RuntimeException e) {
                warn("rules file " + inputs.rules() + " not used: " + e.getMessage());
            }
        }
        return rules;
    }

    private GHRepository repository() {
        if (repository != null) {
            return repository;
        }
        if (inputs.githubToken() == null || context.repository() == null) {
            warn("no github-token or GITHUB_REPOSITORY: nothing is read from or written to GitHub");
            return null;
        }
        try {
            GitHub github = GitHubConnection.open(context.apiUrl(), inputs.githubToken(), limits);
            repository = github.getRepository(context.repository());
        } catch (IOException e) {
            warn(GitHubProblems.describe("opening repository " + context.repository(), e));
        }
        return repository;
    }

    private Path writeReport(List<Analysis> analyses, Path workspace) {
        Path file = workspace.resolve(REPORT_FILE);
        List<Report> reports = analyses.stream().map(Analysis::report).toList();
        try {
            AtomicFiles.write(file, reports.size() == 1 ? ReportJson.pretty(reports.get(0))
                    : ReportJson.prettyArray(reports));
            return file;
        } catch (IOException e) {
            warn("cannot write the report to " + file + ": " + e.getMessage());
            return null;
        }
    }

    private void writeSummary(String markdown) {
        if (context.summaryFile() == null) {
            return;
        }
        try {
            FileCommands.appendSummary(Path.of(context.summaryFile()), console.redact(markdown));
        } catch (IOException e) {
            warn("cannot write the job summary: " + e.getMessage());
        }
    }

    private void writeOutputs(String category, String confidence, String summary, String reportPath) {
        if (context.outputFile() == null) {
            return;
        }
        List<String> values = List.of(category, confidence, console.redact(summary), reportPath);
        Map<String, String> outputs = new LinkedHashMap<>();
        for (int i = 0; i < OUTPUTS.size(); i++) {
            outputs.put(OUTPUTS.get(i), values.get(i));
        }
        try {
            FileCommands.writeOutputs(Path.of(context.outputFile()), outputs);
        } catch (IOException e) {
            warn("cannot write the step outputs: " + e.getMessage());
        }
    }

    private void recordHistory(Path workspace, String result, Report report) {
        if (inputs.history() == null) {
            return;
        }
        String run = (context.runId() == null ? "local" : context.runId()) + "/"
                + (context.runAttempt() == null ? 1 : context.runAttempt());
        HistoryFile.Entry entry = new HistoryFile.Entry(run, context.sha(), Instant.now().toString(), result,
                report == null ? null : report.category(), report == null ? null : report.fingerprint(),
                report == null ? List.of() : report.failingTests().stream().map(Report.ReportTest::name).toList());
        try {
            HistoryFile.append(workspace.resolve(inputs.history()), entry);
        } catch (IOException e) {
            warn("cannot write the history " + inputs.history() + ": " + e.getMessage());
        }
    }

    private EventPayload readEvent() {
        if (context.eventPath() == null || !Files.isRegularFile(Path.of(context.eventPath()))) {
            return EventPayload.none();
        }
        try {
            return EventPayload.read(Path.of(context.eventPath()));
        } catch (IOException e) {
            warn("cannot read the event payload: " + e.getMessage());
            return EventPayload.none();
        }
    }

    private Path workspace() {
        String dir = inputs.workspace() != null ? inputs.workspace() : context.workspace();
        Path base = Path.of(context.workspace() != null ? context.workspace() : ".").toAbsolutePath();
        return dir == null ? base : base.resolve(dir).normalize();
    }

    private Path tempRoot() throws IOException {
        String runnerTemp = env.get("RUNNER_TEMP");
        Path root = runnerTemp != null && !runnerTemp.isBlank() ? Path.of(runnerTemp)
                : Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(root);
        return root;
    }

    private String runUrl() {
        return context.runId() == null ? null : context.runUrl(context.runId());
    }

    private GitHubMarkdown.Context markdownContext(String workflow, Analysis analysis) {
        return new GitHubMarkdown.Context(workflow, analysis.jobName(),
                analysis.runId() > 0 ? context.runUrl(analysis.runId()) : null);
    }

    private void warn(String message) {
        failed = true;
        console.warning(message);
    }
}
