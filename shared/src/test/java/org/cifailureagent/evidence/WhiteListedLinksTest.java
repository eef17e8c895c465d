package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.report.Report;
import org.junit.Test;

/**
 * awesome_bot run with {@code --white-list} on a list whose links answer 404 and 500 or refuse the connection: once
 * with every broken link white-listed (it passes) and once with one of them (it fails on the others).
 */
public class WhiteListedLinksTest {

    @Test
    public void theHeadingAndTheLinksUnderItAreHeldNothingElse() {
        assertThat(held("passing-awesome-bot-white-list")).containsExactly("> White listed:",
                "  1. [L07] 404 http://127.0.0.1:35883/changelog.html",
                "  2. [L08] 500 http://127.0.0.1:35883/status.html",
                "  3. [L09]  http://127.0.0.1:45279/guide.html Failed to open TCP connection to 127.0.0.1:45279"
                        + " (Connection refused - connect(2) for 127.0.0.1:45279)");
        assertThat(held("awesome-bot-white-list")).containsExactly("> White listed:",
                "  1. [L08] 500 http://127.0.0.1:35883/status.html");
        assertThat(held("awesome-bot")).isEmpty();
    }

    @Test
    public void aRunThatPassesWithWhiteListedDeadLinksShowsNoFailure() throws Exception {
        Report report = ToolOutput.analyze("passing-awesome-bot-white-list");

        assertThat(report.rulesMatched()).isEmpty();
        assertThat(report.rootCause().lines()).isEmpty();
    }

    @Test
    public void theIssuesAfterTheWhiteListedLinksAreTheEvidence() throws Exception {
        Report report = ToolOutput.analyze("awesome-bot-white-list");

        assertThat(report.rulesMatched()).extracting(Report.RuleMatched::id).first().isEqualTo("awesome-bot");
        assertThat(report.rootCause().lines()).isNotEmpty()
                .noneMatch(line -> line.text().contains("status.html"))
                .anyMatch(line -> line.text().contains("[L07] 404"));
    }

    private static List<String> held(String sample) {
        WhiteListedLinks listing = new WhiteListedLinks();
        return ToolOutput.blocks(sample).get(0).lines().stream().map(NormalizedLine::text)
                .filter(listing::holds).map(String::stripTrailing).toList();
    }
}
