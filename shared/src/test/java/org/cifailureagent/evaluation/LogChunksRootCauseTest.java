package org.cifailureagent.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.corpus.CorpusReader;
import org.cifailureagent.evidence.HeuristicLineRanker;
import org.cifailureagent.evidence.ranker.LineRankerTrainer;
import org.cifailureagent.evidence.ranker.RankingExample;
import org.cifailureagent.evidence.ranker.RankingFigures;
import org.cifailureagent.rules.RuleLoader;
import org.cifailureagent.rules.RuleMatcher;
import org.junit.Test;

/**
 * Floors for the root-cause lines on the LogChunks corpus (Brandt et al., MSR 2020). The shipped line-ranking model
 * was trained on this corpus, so its figure comes from 5-fold cross-validation grouped by CI project, never from the
 * shipped model itself. Reproduce: java -jar gha-action-runner/target/ci-failure-agent.jar train-ranker --corpus
 * ../shared/corpus/logchunks. Measured: heuristic 0.420 / 0.806, model 0.662 / 0.858, candidate recall 0.967 (rules
 * 2026.11.11, awesome_bot's white-listed links no evidence). The targets (0.80 / 0.95) are not reached yet;
 * these floors guard what is.
 */
public class LogChunksRootCauseTest {
    @Test
    public void rankingStaysAboveTheFloors() throws IOException {
        List<CorpusEntry> entries = new CorpusReader().read(CorpusDirs.logChunks());
        LineRankerTrainer trainer = new LineRankerTrainer(new RuleMatcher.Compiled(new RuleLoader().loadDefault()),
                LineRankerTrainer.OBJECTIVE);
        List<RankingExample> examples = trainer.examples(entries, progress -> { });

        RankingFigures heuristic = RankingFigures.of(examples, new HeuristicLineRanker());
        RankingFigures model = trainer.crossValidate(examples, 5, progress -> { });
        System.out.printf("LogChunks root cause: heuristic top-1 %.3f top-5 %.3f; model (grouped 5-fold CV) top-1 %.3f"
                + " top-5 %.3f; candidate recall %.3f%n", heuristic.top1Rate(), heuristic.top5Rate(), model.top1Rate(),
                model.top5Rate(), model.candidateRecall());

        assertThat(model.candidateRecall()).as("a candidate inside the label").isGreaterThanOrEqualTo(0.95);
        assertThat(heuristic.top1Rate()).as("heuristic top-1").isGreaterThanOrEqualTo(0.38);
        assertThat(heuristic.top5Rate()).as("heuristic top-5").isGreaterThanOrEqualTo(0.77);
        assertThat(model.top1Rate()).as("model top-1, grouped CV").isGreaterThanOrEqualTo(0.63);
        assertThat(model.top5Rate()).as("model top-5, grouped CV").isGreaterThanOrEqualTo(0.84);
        assertThat(model.top1Rate()).as("the model beats the heuristic").isGreaterThan(heuristic.top1Rate() + 0.1);
    }
}
