package org.cifailureagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.rules.RuleLoader;

/**
 * The report's JSON both ways. A report made from any log serializes, reads back and serializes to the same JSON
 * (what the Jenkins plugin and later tools store and reload). Any text given as a report either reads or fails
 * with Jackson's {@link JsonProcessingException}, never another exception.
 */
class ReportJsonFuzzTest {
    private static final Analyzer ANALYZER = Analyzer.builder(new RuleLoader().loadDefault()).build();

    @FuzzTest
    void roundTrip(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            String json = data.consumeRemainingAsString();
            try {
                Report report = ReportJson.read(json);
                if (report != null) {
                    ReportJson.compact(report);
                }
            } catch (JsonProcessingException expected) {
                assertThat(expected.getOriginalMessage()).isNotNull();
            }
            return;
        }
        byte[] log = data.consumeRemainingAsBytes();
        Report report = ANALYZER.analyze(AnalysisRequest.of(BuildLogs.open("-", new ByteArrayInputStream(log))));
        String json = ReportJson.compact(report);
        Report back;
        try {
            back = ReportJson.read(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("a report's own JSON must read back: " + json, e);
        }
        assertThat(ReportJson.compact(back)).isEqualTo(json);
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThan(1 << 20);
    }
}
