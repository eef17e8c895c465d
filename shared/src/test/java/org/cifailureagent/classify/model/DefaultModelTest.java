package org.cifailureagent.classify.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cifailureagent.Analyzer;
import org.cifailureagent.classify.drift.DriftSample;
import org.cifailureagent.classify.features.FeatureSchema;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.corpus.CorpusReader;
import org.cifailureagent.evaluation.CorpusDirs;
import org.cifailureagent.evaluation.CorpusEvaluation;
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
        List<DriftSample> samples = new java.util.ArrayList<>();
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
}
