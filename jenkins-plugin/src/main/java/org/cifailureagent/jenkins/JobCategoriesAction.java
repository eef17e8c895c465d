package org.cifailureagent.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/** On the job page (jobMain.jelly): the failure categories of the job's last builds, as a small table. */
public class JobCategoriesAction implements Action {
    static final int BUILDS = 10;
    private final Job<?, ?> job;

    JobCategoriesAction(Job<?, ?> job) {
        this.job = job;
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.JobCategoriesAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return null;
    }

    /** The analyzed builds among the job's last {@link #BUILDS}, newest first. */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        for (Run<?, ?> run : job.getBuilds().limit(BUILDS)) {
            FailureAnalysisAction action = run.getAction(FailureAnalysisAction.class);
            if (action != null) {
                rows.add(new Row(run.getNumber(), run.getUrl(), action.getCategory(), action.getConfidencePercent(),
                        action.getSummary()));
            }
        }
        return rows;
    }

    /** One analyzed build. */
    public record Row(int number, String url, String category, long confidencePercent, String summary) {
        public int getNumber() {
            return number;
        }

        public String getUrl() {
            return url;
        }

        public String getCategory() {
            return category;
        }

        public long getConfidencePercent() {
            return confidencePercent;
        }

        public String getSummary() {
            return summary;
        }
    }

    @Extension
    public static final class Factory extends TransientActionFactory<Job> {
        @Override
        public Class<Job> type() {
            return Job.class;
        }

        @NonNull
        @Override
        public Collection<? extends Action> createFor(@NonNull Job target) {
            return List.of(new JobCategoriesAction(target));
        }
    }
}
