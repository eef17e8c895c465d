package org.cifailureagent.explain.flaky;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cifailureagent.report.Report;
import org.cifailureagent.report.ReportJson;
import org.junit.Test;

public class ReportHistoryTest {
    private static final Path REPORT = Path.of(System.getProperty("repo.root", ".."), "docs", "examples",
            "jenkins-maven-test.report.json");

    @Test
    public void storedReportsBecomeTheRecordsAHistoryFileWouldHold() throws IOException {
        Report failed = ReportJson.read(REPORT);

        History history = ReportHistory.of(List.of(
                new ReportHistory.Run("1", "aaa", "2026-01-01T00:00:00Z", true, null),
                new ReportHistory.Run("2", "bbb", "2026-01-02T00:00:00Z", false, failed),
                new ReportHistory.Run("3", "bbb", "2026-01-03T00:00:00Z", false, null)));

        assertThat(history.runs()).hasSize(3);
        HistoryRecord second = history.runs().get(1);
        assertThat(second.success()).isFalse();
        assertThat(second.category()).isEqualTo("test");
        assertThat(second.fingerprint()).isEqualTo(failed.fingerprint());
        assertThat(second.failingTests()).containsExactly("example.PriceCalculatorTest.tenPercentOffAThousandCents");
        assertThat(history.runs().get(0).category()).isNull();
        assertThat(history.runs().get(2).failingTests()).isEmpty();
        assertThat(history.warnings()).isEmpty();
    }
}
