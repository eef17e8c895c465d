package org.cifailureagent.classify.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.classify.drift.DriftSample;
import org.cifailureagent.classify.features.FeatureSchema;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.corpus.CorpusReader;
import org.cifailureagent.evaluation.CorpusDirs;
import org.cifailureagent.evaluation.CorpusEvaluation;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleSet;
import org.junit.Test;

/** The model shipped in the jar loads, reads the current feature schema and gets our own examples right. */
public class DefaultModelTest {
    /** One example per category the fixtures hold, from different projects and CIs. */
    private static final List<String> HANDFUL = List.of(
            "maven-app/javac-missing-symbol-gha",
            "py-app/pytest-assertion-jenkins",
            "go-mod/gofmt-check-gha",
            "py-app/module-not-found-gha",
            "shell-scripts/git-clone-dns-jenkins",
            "c-make/link-disk-full-gha",
            "maven-app/job-timeout-gha",
            "shell-scripts/command-not-found-gha");

    @Test
    public void theShippedModelLoadsAndMatchesTheFeatureSchema() {
        XgbModel model = Models.loadDefault();
        assertThat(model).as("default model in the jar").isNotNull();
        assertThat(model.metadata().featureSchema()).isEqualTo(FeatureSchema.VERSION);
        assertThat(model.metadata().version()).startsWith("xgb-s" + FeatureSchema.VERSION + "-");
        assertThat(model.metadata().vocabulary()).isNotEmpty();
        assertThat(model.metadata().rulePrecision().byCategory()).as("the rules' precision that train counts")
                .isNotEmpty();
    }

    @Test
    public void theShippedModelClassifiesAHandfulOfOurExamples() {
        Map<String, CorpusEntry> byId = new CorpusReader().read(CorpusDirs.fixtures()).stream()
                .collect(Collectors.toMap(CorpusEntry::id, Function.identity()));
        RuleSet rules = new RuleLoader().loadDefault();
        List<DriftSample> samples = new ArrayList<>();
        ClassifierChoice choice = ClassifierChoice.choose(rules, null, samples::add);
        assertThat(choice.status()).isEqualTo(ClassifierChoice.DEFAULT);
        Analyzer analyzer = Analyzer.builder(rules).classifier(choice.classifier(), choice.version(), choice.status())
                .build();
        for (String id : HANDFUL) {
            CorpusEntry entry = byId.get(id);
            assertThat(entry).as("fixture " + id).isNotNull();
            Report report = analyzer.analyze(CorpusEvaluation.requestFor(entry));
            assertThat(report.category()).as(id).isEqualTo(entry.category().wireName());
            assertThat(report.model().status()).isEqualTo("default");
        }
        assertThat(samples).hasSize(HANDFUL.size());
    }

    /**
     * Logs of the passing runs beside our fixtures (the ones {@code --passing-log} takes), and real passing output
     * whose counts name no failure: the model, trained on failed builds only, called them {@code quality}.
     */
    @Test
    public void aLogThatShowsNoFailureIsUnknownAndSaysSo() {
        RuleSet rules = new RuleLoader().loadDefault();
        List<DriftSample> samples = new ArrayList<>();
        ClassifierChoice choice = ClassifierChoice.choose(rules, null, samples::add);
        Analyzer analyzer = Analyzer.builder(rules).classifier(choice.classifier(), choice.version(), choice.status())
                .build();
        Path logs = CorpusDirs.fixtures().resolve("logs");
        List<String> passing = List.of("go-mod/test-fail-gha.pass.log", "py-app/pytest-assertion-jenkins.pass.log",
                "maven-app/checkstyle-gha.pass.log");
        for (String log : passing) {
            Report report = analyzer.analyze(AnalysisRequest.of(
                    BuildLogs.open(logs.resolve(log).toString(), InputStream.nullInputStream())));
            assertThat(report.category()).as(log).isEqualTo("unknown");
            assertThat(report.summary()).as(log).startsWith("No failure was found in this log");
            assertThat(report.rootCause().lines()).as(log).isEmpty();
        }
        assertThat(samples).as("the model was not asked").isEmpty();
    }
}
