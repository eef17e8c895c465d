package org.cifailureagent.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.cifailureagent.publish.metrics.PushgatewayConfig;
import org.cifailureagent.publish.metrics.PushgatewayCredentials;
import org.cifailureagent.rules.InvalidRulesException;
import org.cifailureagent.rules.RuleLoader;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The controller-wide settings (Manage Jenkins → System → CI Failure Agent), also settable through Configuration as
 * Code under {@code unclassified: ciFailureAgent:}. Secrets are credential ids, never values.
 */
@Extension
@Symbol("ciFailureAgent")
public class FailureAgentConfiguration extends GlobalConfiguration {
    static final String DEFAULT_GITHUB_API_URL = "https://api.github.com";
    static final int DEFAULT_MAX_LOG_MEGABYTES = 64;
    static final int DEFAULT_TIME_BUDGET_SECONDS = 60;

    private boolean autoAnalysis;
    private boolean includeUnstable;
    private String rulesFile;
    private String modelFile;
    private String pushgatewayUrl;
    private String pushgatewayCredentialsId;
    private boolean pullRequestComments;
    private String githubApiUrl = DEFAULT_GITHUB_API_URL;
    private String githubCredentialsId;
    private int maxLogMegabytes = DEFAULT_MAX_LOG_MEGABYTES;
    private int timeBudgetSeconds = DEFAULT_TIME_BUDGET_SECONDS;

    public FailureAgentConfiguration() {
        load();
    }

    public static FailureAgentConfiguration get() {
        return GlobalConfiguration.all().getInstance(FailureAgentConfiguration.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.Configuration_DisplayName();
    }

    public boolean isAutoAnalysis() {
        return autoAnalysis;
    }

    @DataBoundSetter
    public void setAutoAnalysis(boolean autoAnalysis) {
        this.autoAnalysis = autoAnalysis;
        save();
    }

    public boolean isIncludeUnstable() {
        return includeUnstable;
    }

    @DataBoundSetter
    public void setIncludeUnstable(boolean includeUnstable) {
        this.includeUnstable = includeUnstable;
        save();
    }

    public String getRulesFile() {
        return rulesFile;
    }

    @DataBoundSetter
    public void setRulesFile(String rulesFile) {
        this.rulesFile = Util.fixEmptyAndTrim(rulesFile);
        Analyzers.forget();
        save();
    }

    public String getModelFile() {
        return modelFile;
    }

    @DataBoundSetter
    public void setModelFile(String modelFile) {
        this.modelFile = Util.fixEmptyAndTrim(modelFile);
        Analyzers.forget();
        save();
    }

    public String getPushgatewayUrl() {
        return pushgatewayUrl;
    }

    @DataBoundSetter
    public void setPushgatewayUrl(String pushgatewayUrl) {
        this.pushgatewayUrl = Util.fixEmptyAndTrim(pushgatewayUrl);
        save();
    }

    public String getPushgatewayCredentialsId() {
        return pushgatewayCredentialsId;
    }

    @DataBoundSetter
    public void setPushgatewayCredentialsId(String pushgatewayCredentialsId) {
        this.pushgatewayCredentialsId = Util.fixEmptyAndTrim(pushgatewayCredentialsId);
        save();
    }

    public boolean isPullRequestComments() {
        return pullRequestComments;
    }

    @DataBoundSetter
    public void setPullRequestComments(boolean pullRequestComments) {
        this.pullRequestComments = pullRequestComments;
        save();
    }

    public String getGithubApiUrl() {
        return githubApiUrl == null ? DEFAULT_GITHUB_API_URL : githubApiUrl;
    }

    @DataBoundSetter
    public void setGithubApiUrl(String githubApiUrl) {
        String url = Util.fixEmptyAndTrim(githubApiUrl);
        this.githubApiUrl = url == null ? DEFAULT_GITHUB_API_URL : url;
        save();
    }

    public String getGithubCredentialsId() {
        return githubCredentialsId;
    }

    @DataBoundSetter
    public void setGithubCredentialsId(String githubCredentialsId) {
        this.githubCredentialsId = Util.fixEmptyAndTrim(githubCredentialsId);
        save();
    }

    public int getMaxLogMegabytes() {
        return maxLogMegabytes > 0 ? maxLogMegabytes : DEFAULT_MAX_LOG_MEGABYTES;
    }

    @DataBoundSetter
    public void setMaxLogMegabytes(int maxLogMegabytes) {
        this.maxLogMegabytes = maxLogMegabytes;
        save();
    }

    public int getTimeBudgetSeconds() {
        return timeBudgetSeconds > 0 ? timeBudgetSeconds : DEFAULT_TIME_BUDGET_SECONDS;
    }

    @DataBoundSetter
    public void setTimeBudgetSeconds(int timeBudgetSeconds) {
        this.timeBudgetSeconds = timeBudgetSeconds;
        save();
    }

    /** The Pushgateway settings with the secret looked up now, or null when no Pushgateway is configured. */
    PushgatewayConfig pushgateway() {
        if (pushgatewayUrl == null) {
            return null;
        }
        return PushgatewayConfig.of(pushgatewayUrl, PushgatewayConfig.DEFAULT_JOB, Map.of(),
                pushgatewayCredentials(pushgatewayCredentialsId));
    }

    static PushgatewayCredentials pushgatewayCredentials(String credentialsId) {
        if (credentialsId == null) {
            return new PushgatewayCredentials.None();
        }
        StandardCredentials credentials = CredentialsMatchers.firstOrNull(
                com.cloudbees.plugins.credentials.CredentialsProvider.lookupCredentialsInItemGroup(
                        StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of()),
                CredentialsMatchers.withId(credentialsId));
        if (credentials instanceof StandardUsernamePasswordCredentials basic) {
            return new PushgatewayCredentials.Basic(basic.getUsername(), basic.getPassword().getPlainText());
        }
        if (credentials instanceof StringCredentials token) {
            return new PushgatewayCredentials.Bearer(token.getSecret().getPlainText());
        }
        throw new IllegalArgumentException(Messages.Configuration_CredentialsNotFound(credentialsId));
    }

    @POST
    public FormValidation doCheckRulesFile(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        String path = Util.fixEmptyAndTrim(value);
        if (path == null) {
            return FormValidation.ok();
        }
        try {
            new RuleLoader().load(Path.of(path));
            return FormValidation.ok();
        } catch (InvalidRulesException | IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    @POST
    public FormValidation doCheckModelFile(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        String path = Util.fixEmptyAndTrim(value);
        if (path == null || Files.isRegularFile(Path.of(path))) {
            return FormValidation.ok();
        }
        return FormValidation.error(Messages.Configuration_NoSuchFile(path));
    }

    @POST
    public FormValidation doCheckPushgatewayUrl(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        String url = Util.fixEmptyAndTrim(value);
        if (url == null) {
            return FormValidation.ok();
        }
        try {
            PushgatewayConfig.of(url, PushgatewayConfig.DEFAULT_JOB, Map.of(), new PushgatewayCredentials.None());
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    @POST
    public FormValidation doCheckMaxLogMegabytes(@QueryParameter String value) {
        return FormValidation.validatePositiveInteger(value);
    }

    @POST
    public FormValidation doCheckTimeBudgetSeconds(@QueryParameter String value) {
        return FormValidation.validatePositiveInteger(value);
    }

    /** Pushes the controller's counters now, with the settings in the form (not yet saved). */
    @POST
    public FormValidation doTestConnection(@QueryParameter String pushgatewayUrl,
                                           @QueryParameter String pushgatewayCredentialsId) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        String url = Util.fixEmptyAndTrim(pushgatewayUrl);
        if (url == null) {
            return FormValidation.error(Messages.Configuration_NoPushgatewayUrl());
        }
        try {
            PushgatewayConfig config = PushgatewayConfig.of(url, PushgatewayConfig.DEFAULT_JOB, Map.of(),
                    pushgatewayCredentials(Util.fixEmptyAndTrim(pushgatewayCredentialsId)));
            return ControllerMetrics.pushNow(config)
                    .map(FormValidation::error)
                    .orElseGet(() -> FormValidation.ok(Messages.Configuration_Pushed()));
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    @POST
    public ListBoxModel doFillPushgatewayCredentialsIdItems(@QueryParameter String pushgatewayCredentialsId) {
        return credentialItems(pushgatewayCredentialsId, StandardCredentials.class);
    }

    @POST
    public ListBoxModel doFillGithubCredentialsIdItems(@QueryParameter String githubCredentialsId) {
        return credentialItems(githubCredentialsId, StringCredentials.class);
    }

    private static ListBoxModel credentialItems(String current, Class<? extends StandardCredentials> type) {
        StandardListBoxModel items = new StandardListBoxModel();
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return items.includeCurrentValue(current == null ? "" : current);
        }
        items.includeEmptyValue();
        items.includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), type, List.of(), CredentialsMatchers.always());
        return items;
    }
}
