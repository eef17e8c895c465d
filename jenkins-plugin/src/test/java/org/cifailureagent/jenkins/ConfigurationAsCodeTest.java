package org.cifailureagent.jenkins;

import static io.jenkins.plugins.casc.misc.Util.getUnclassifiedRoot;
import static io.jenkins.plugins.casc.misc.Util.toYamlString;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.model.CNode;
import org.junit.Rule;
import org.junit.Test;

public class ConfigurationAsCodeTest {
    @Rule
    public JenkinsConfiguredWithCodeRule j = new JenkinsConfiguredWithCodeRule();

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    public void theGlobalConfigurationIsReadAndExportedAgain() throws Exception {
        FailureAgentConfiguration config = FailureAgentConfiguration.get();
        assertThat(config.isAutoAnalysis()).isTrue();
        assertThat(config.isIncludeUnstable()).isTrue();
        assertThat(config.getMaxLogMegabytes()).isEqualTo(32);
        assertThat(config.getTimeBudgetSeconds()).isEqualTo(30);
        assertThat(config.getPushgatewayUrl()).isEqualTo("http://127.0.0.1:9091");
        assertThat(config.getPushgatewayCredentialsId()).isEqualTo("pushgateway");
        assertThat(config.isPullRequestComments()).isTrue();
        assertThat(config.getGithubApiUrl()).isEqualTo("https://ghe.example.com/api/v3");
        assertThat(config.getGithubCredentialsId()).isEqualTo("github-token");

        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        CNode exported = getUnclassifiedRoot(context).get("ciFailureAgent");

        assertThat(toYamlString(exported)).contains("autoAnalysis: true", "includeUnstable: true",
                "maxLogMegabytes: 32", "timeBudgetSeconds: 30", "pushgatewayUrl: \"http://127.0.0.1:9091\"",
                "pushgatewayCredentialsId: \"pushgateway\"", "pullRequestComments: true",
                "githubApiUrl: \"https://ghe.example.com/api/v3\"", "githubCredentialsId: \"github-token\"");
    }
}
