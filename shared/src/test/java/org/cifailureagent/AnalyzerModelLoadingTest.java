package org.cifailureagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cifailureagent.classify.RulesClassifier;
import org.cifailureagent.classify.model.ClassifierChoice;
import org.cifailureagent.classify.model.InvalidModelException;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleSet;
import org.junit.Test;

/** A model still loading when the analysis starts: the log is scanned meanwhile, the model waited for to classify. */
public class AnalyzerModelLoadingTest {
    private final RuleSet rules = new RuleLoader().loadDefault();

    private static Report analyze(Analyzer analyzer) throws Exception {
        try (InputStream in = AnalyzerModelLoadingTest.class.getResourceAsStream("/tool-output/maven-compile.txt")) {
            return analyzer.analyze(AnalysisRequest.of(BuildLogs.open("-", in)));
        }
    }

    @Test
    public void theLogIsScannedBeforeTheModelHasLoadedAndClassifiedByIt() throws Exception {
        CountDownLatch scanned = new CountDownLatch(1);
        CompletableFuture<ClassifierChoice> loading = new CompletableFuture<>();
        RulesClassifier rulesClassifier = new RulesClassifier(rules);
        Analyzer analyzer = Analyzer.builder(rules).classifier(loading)
                .locationFinder(blocks -> {
                    scanned.countDown();
                    return java.util.List.of();
                }).build();

        CompletableFuture<Report> report = CompletableFuture.supplyAsync(() -> {
            try {
                return analyze(analyzer);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(scanned.await(30, TimeUnit.SECONDS)).as("the log scanned while the model loads").isTrue();
        assertThat(report).isNotDone();
        loading.complete(new ClassifierChoice(rulesClassifier, "late-model-1", "loaded", null));
        Report done = report.get(30, TimeUnit.SECONDS);
        assertThat(done.model().version()).isEqualTo("late-model-1");
        assertThat(done.model().status()).isEqualTo("loaded");
        assertThat(done.category()).isEqualTo("compilation");
    }

    @Test
    public void aModelThatCannotBeUsedFailsTheAnalysisWithItsOwnError() {
        Analyzer analyzer = Analyzer.builder(rules)
                .classifier(CompletableFuture.failedFuture(new InvalidModelException("my.xgbm: corrupt model file")))
                .build();

        assertThatThrownBy(() -> analyze(analyzer)).isInstanceOf(InvalidModelException.class)
                .hasMessage("my.xgbm: corrupt model file");
    }
}
