package org.cifailureagent.publish.github;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GHWorkflowJob;
import org.kohsuke.github.GHWorkflowRun;

/**
 * The logs of a run's failed jobs, through the REST API: list the jobs of the run's latest attempt, keep those
 * that failed, and download each job's log (GitHub answers with a 302 to a short-lived storage URL; github-api
 * follows it without the token).
 */
public final class JobLogs {
    private static final Set<String> FAILED = Set.of("failure", "timed_out", "startup_failure");

    /** One downloaded job log. */
    public record JobLog(long jobId, String jobName, String htmlUrl, Path file) {
    }

    /** One job of the run, as listed. */
    public record Job(long id, String name, String conclusion, String htmlUrl) {
        public boolean failed() {
            return conclusion != null && FAILED.contains(conclusion);
        }
    }

    private final GHRepository repository;
    /** The jobs as listed, so a download needs no second request for the job. */
    private final Map<Long, GHWorkflowJob> listed = new HashMap<>();

    public JobLogs(GHRepository repository) {
        this.repository = repository;
    }

    /** The jobs of the run's latest attempt, in GitHub's order. */
    public List<Job> jobs(long runId) throws IOException {
        return Paging.unwrapped(() -> jobsPaged(runId));
    }

    private List<Job> jobsPaged(long runId) throws IOException {
        GHWorkflowRun run = repository.getWorkflowRun(runId);
        List<Job> jobs = new ArrayList<>();
        for (GHWorkflowJob job : run.listJobs()) {
            listed.put(job.getId(), job);
            jobs.add(new Job(job.getId(), job.getName(),
                    job.getConclusion() == null ? null : job.getConclusion().toString().toLowerCase(Locale.ROOT),
                    job.getHtmlUrl() == null ? null : job.getHtmlUrl().toString()));
        }
        return jobs;
    }

    /** Downloads one job's log into {@code directory}. */
    public JobLog download(Job job, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("job-" + job.id() + ".log");
        GHWorkflowJob workflowJob = listed.containsKey(job.id()) ? listed.get(job.id())
                : repository.getWorkflowJob(job.id());
        workflowJob.downloadLogs(stream -> Files.copy(stream, file, StandardCopyOption.REPLACE_EXISTING));
        return new JobLog(job.id(), job.name(), job.htmlUrl(), file);
    }
}
