package org.cifailureagent.publish.github;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class PullRequestRefTest {
    @Test
    public void readsTheRepositoryAndNumberOfAGitHubPullRequestAddress() {
        assertThat(PullRequestRef.fromWebUrl("https://github.com/jenkinsci/jenkins/pull/10234"))
                .contains(new PullRequestRef("jenkinsci/jenkins", 10234));
        assertThat(PullRequestRef.fromWebUrl("https://ghe.example.com/team/shop.api/pull/7/"))
                .contains(new PullRequestRef("team/shop.api", 7));
    }

    @Test
    public void otherAddressesNameNoPullRequest() {
        assertThat(PullRequestRef.fromWebUrl("https://gitlab.com/group/project/-/merge_requests/3")).isEmpty();
        assertThat(PullRequestRef.fromWebUrl("https://github.com/o/r/tree/main")).isEmpty();
        assertThat(PullRequestRef.fromWebUrl("not a url")).isEmpty();
        assertThat(PullRequestRef.fromWebUrl(null)).isEmpty();
    }
}
