package org.cifailureagent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.Analyzer;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.rules.RuleLoader;
import org.junit.Test;

public class MessageBeforeHeaderTest {
    /** Real Surefire output of a fixture project (fixtures/README.md): a test header, its exception under it. */
    private static final Path LOG = Path.of(System.getProperty("fixtures.dir", "../fixtures/corpus"))
            .resolve("logs/maven-app/surefire-exception-jenkins.log");
    private static final String HEADER =
            "[ERROR] com.example.TextUtilsTest.countsNoWordsInNull -- Time elapsed: 0.114 s <<< ERROR!";
    private static final String MESSAGE =
            "java.lang.NullPointerException: Cannot invoke \"String.isBlank()\" because \"text\" is null";

    /** Ranks the given text first and every other line by its place, as a ranker trained on header-first labels. */
    private record FavouringRanker(String favoured) implements LineRanker {
        @Override
        public double[] score(float[][] features, List<String> texts) {
            double[] scores = new double[texts.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = texts.get(i).equals(favoured) ? 1000 : -i;
            }
            return scores;
        }

        @Override
        public String name() {
            return "favouring";
        }

        @Override
        public double spreadMargin() {
            return Double.POSITIVE_INFINITY;
        }
    }

    private static List<String> rankedTexts(LineRanker ranker) throws IOException {
        Analyzer analyzer = Analyzer.builder(new RuleLoader().loadDefault()).lineRanker(ranker).build();
        Report report = analyzer.analyze(AnalysisRequest.of(BuildLogs.open(LOG.toString(), System.in)));
        return report.rootCause().lines().stream().map(line -> line.text()).toList();
    }

    @Test
    public void aTestsMessageGoesBeforeTheHeaderARankerPutFirst() throws IOException {
        List<String> ranked = rankedTexts(new FavouringRanker(HEADER));

        assertThat(ranked).startsWith(MESSAGE, HEADER);
    }

    @Test
    public void aMessageAlreadyAboveItsHeaderStaysWhereItIs() throws IOException {
        List<String> ranked = rankedTexts(new FavouringRanker(MESSAGE));

        assertThat(ranked.get(0)).isEqualTo(MESSAGE);
        assertThat(ranked).contains(HEADER);
    }

    @Test
    public void aLineUnderAHeaderThatIsNotItsMessageIsLeftInItsPlace() {
        RankedLine header = ranked(64, HEADER);
        RankedLine frame = ranked(66, "\tat com.example.TextUtils.wordCount(TextUtils.java:17)");
        FailingTest test = new FailingTest("com.example.TextUtilsTest.countsNoWordsInNull", MESSAGE, "log", 64);

        assertThat(MessageBeforeHeader.apply(List.of(header, frame), List.of(test))).containsExactly(header, frame);
    }

    private static RankedLine ranked(long number, String text) {
        return new RankedLine(new EvidenceLine("log", number, text), 0, List.of(), null);
    }
}
