package org.cifailureagent.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects {@link WorkspaceFacts} from a workspace on this machine: test reports, the paths of the files the log
 * named, and the git facts. Never writes to the workspace; problems become warnings, never exceptions.
 */
public final class WorkspaceCollector {
    private final CollectOptions options;

    public WorkspaceCollector(CollectOptions options) {
        this.options = options;
    }

    public WorkspaceFacts collect(Path workspace, List<SourceLine> logLocations) {
        List<String> warnings = new ArrayList<>();
        if (!Files.isDirectory(workspace)) {
            warnings.add("workspace " + workspace + " is not a directory; analyzed the log alone");
            return new WorkspaceFacts(List.of(), List.of(), Map.of(), null, 0, warnings);
        }
        WorkspaceFiles files;
        try {
            files = WorkspaceFiles.scan(workspace, options.reportGlobs());
        } catch (IOException | RuntimeException e) {
            warnings.add("could not list the workspace: " + e.getMessage());
            return new WorkspaceFacts(List.of(), List.of(), Map.of(), null, 0, warnings);
        }
        warnings.addAll(files.warnings());

        Map<String, ReportedTest> failed = new LinkedHashMap<>();
        Map<String, ReportedTest> retried = new LinkedHashMap<>();
        int read = readReports(files, failed, retried, warnings);
        failed.keySet().forEach(retried::remove);

        Map<String, String> resolved = new LinkedHashMap<>();
        for (SourceLine location : logLocations) {
            String path = files.resolve(location.file());
            if (path != null) {
                resolved.put(location.file(), path);
            }
        }
        GitFacts git = new GitFactsCollector(options).collect(files.root(), blameTargets(logLocations, resolved,
                failed.values()));
        return new WorkspaceFacts(List.copyOf(failed.values()), List.copyOf(retried.values()), resolved, git, read,
                warnings);
    }

    private int readReports(WorkspaceFiles files, Map<String, ReportedTest> failed, Map<String, ReportedTest> retried,
                            List<String> warnings) {
        JUnitXmlReader reader = new JUnitXmlReader(options.maxReportBytes());
        int read = 0;
        for (Path report : files.reports()) {
            String relative = files.relative(report);
            JUnitXmlReader.Result result;
            try {
                result = reader.read(report);
            } catch (JUnitXmlReader.UnusableReportException | IOException e) {
                warnings.add("test report " + relative + " skipped: " + e.getMessage());
                continue;
            }
            read++;
            for (JUnitXmlReader.Case c : result.cases()) {
                String name = TestNames.canonical(result.rootName(), c, files);
                ReportedTest test = new ReportedTest(name, c.outcome(), c.message(),
                        StackFrames.firstInProject(c.text(), files), relative);
                (c.outcome() == ReportedTest.Outcome.PASSED_ON_RETRY ? retried : failed).putIfAbsent(name, test);
            }
        }
        return read;
    }

    /** The lines worth blaming: where the log pointed first, then where failing tests' stacks pointed. */
    private static List<SourceLine> blameTargets(List<SourceLine> logLocations, Map<String, String> resolved,
                                                 Iterable<ReportedTest> failed) {
        Set<SourceLine> targets = new LinkedHashSet<>();
        for (SourceLine location : logLocations) {
            String path = resolved.get(location.file());
            if (path != null && location.line() != null) {
                targets.add(new SourceLine(path, location.line()));
            }
        }
        for (ReportedTest test : failed) {
            if (test.location() != null && test.location().line() != null) {
                targets.add(test.location());
            }
        }
        return List.copyOf(targets);
    }
}
