package org.cifailureagent.evidence.ranker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.cifailureagent.LogScan;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.evidence.BlockSpread;
import org.cifailureagent.evidence.EvidenceCollector.CandidateRow;
import org.cifailureagent.evidence.RankingFeatures;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.rules.RuleMatcher;

/**
 * Trains the line ranker: XGBoost learning-to-rank ({@value #OBJECTIVE}) over the candidates of labeled logs, one
 * query group per log, graded by where a line lies in a labeled root-cause range ({@link #gain}). Single-threaded with a fixed seed, so the same
 * data gives the same model bytes. Cross-validation keeps each group (CI project or fixture project) on one side.
 */
public final class LineRankerTrainer {
    /** LambdaMART on graded gains: on LogChunks' grouped CV as good at top-1 as pairwise, better at top-5. */
    public static final String OBJECTIVE = "rank:ndcg";
    static final int ROUNDS = 150;
    /**
     * Trees grown per round, each on its own sample of rows and columns, and averaged: one model's ranking varies with
     * its random seed by about 0.02 in LogChunks top-1, and averaging three trees a round steadies it (grouped CV over
     * three seeds: top-1 0.578 instead of 0.566, top-5 unchanged).
     */
    static final int TREES_PER_ROUND = 3;
    public static final long SEED = 42;

    private final RuleMatcher.Compiled rules;
    private final String objective;
    private final long seed;

    /** @param objective an XGBoost ranking objective such as {@code rank:pairwise} or {@code rank:ndcg} */
    public LineRankerTrainer(RuleMatcher.Compiled rules, String objective) {
        this(rules, objective, SEED);
    }

    /**
     * @param seed XGBoost's seed and the one that deals projects to cross-validation folds: one figure moves with it
     *             by about 0.02 in top-1, so a change is judged over several
     */
    public LineRankerTrainer(RuleMatcher.Compiled rules, String objective, long seed) {
        this.rules = rules;
        this.objective = objective;
        this.seed = seed;
    }

    /** Scans each labeled log and keeps its candidates; logs of several sources are skipped (labels are per file). */
    public List<RankingExample> examples(List<CorpusEntry> entries, Consumer<String> progress) {
        List<RankingExample> examples = new ArrayList<>();
        int done = 0;
        for (CorpusEntry entry : entries) {
            done++;
            if (entry.rootCauseLines().isEmpty()) {
                continue;
            }
            LogScan scan = LogScan.of(BuildLogs.open(entry.log().toString(), System.in), rules);
            List<CandidateRow> rows = scan.evidence().candidateRows(scan.structure());
            boolean[] relevant = new boolean[rows.size()];
            float[] gain = new float[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                relevant[i] = entry.isRootCauseLine(rows.get(i).number());
                gain[i] = gain(entry, rows.get(i).number());
            }
            examples.add(new RankingExample(entry.id(), entry.group(), rows, relevant, gain));
            if (done % 50 == 0) {
                progress.accept("scanned " + done + " of " + entries.size() + " logs");
            }
        }
        return examples;
    }

    /**
     * How much ranking a line first is worth: 3 on the first line of a labeled range, 2 on the two lines after it, 1
     * deeper inside, 0 outside. Labels mark the first block that describes the failure from its first line on, and
     * the lines further down a long range (stack frames, listings) say less on their own.
     */
    static float gain(CorpusEntry entry, long number) {
        float gain = 0;
        for (CorpusEntry.LineRange range : entry.rootCauseLines()) {
            if (range.contains(number)) {
                long offset = number - range.first();
                gain = Math.max(gain, offset == 0 ? 3 : offset <= 2 ? 2 : 1);
            }
        }
        return gain;
    }

    /** Trains on the examples and returns the model file's bytes (UBJSON). */
    public byte[] train(List<RankingExample> examples, String version) {
        try {
            WordCounts words = WordCounts.of(examples);
            DMatrix matrix = matrix(examples, words);
            try {
                Booster booster = XGBoost.train(matrix, params(), ROUNDS, new HashMap<>(), null, null);
                booster.setAttr(ModelLineRanker.SCHEMA_ATTRIBUTE, String.valueOf(RankingFeatures.SCHEMA_VERSION));
                booster.setAttr(ModelLineRanker.VERSION_ATTRIBUTE, version);
                booster.setAttr(ModelLineRanker.WORD_EVIDENCE_ATTRIBUTE, words.evidence().toText());
                byte[] bytes = booster.toByteArray("ubj");
                booster.dispose();
                return bytes;
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("training the line ranker failed: " + e.getMessage(), e);
        }
    }

    /** Grouped k-fold cross-validation: each fold's model ranks the logs of groups it never saw. */
    public RankingFigures crossValidate(List<RankingExample> examples, int folds, Consumer<String> progress)
            throws IOException {
        Map<String, Integer> foldOfGroup = foldsByGroup(examples, folds, seed);
        RankingFigures.Builder figures = new RankingFigures.Builder();
        for (int fold = 0; fold < folds; fold++) {
            List<RankingExample> train = new ArrayList<>();
            List<RankingExample> test = new ArrayList<>();
            for (RankingExample e : examples) {
                (foldOfGroup.get(e.group()) == fold ? test : train).add(e);
            }
            ModelLineRanker ranker = ModelLineRanker.load(new ByteArrayInputStream(train(train, "fold-" + fold)),
                    "fold " + fold);
            for (RankingExample e : test) {
                figures.add(e, ranker);
            }
            progress.accept("fold " + (fold + 1) + " of " + folds + " done");
        }
        return figures.build();
    }

    /** Groups sorted by name, dealt round-robin after a seeded shuffle: stable across runs. */
    static Map<String, Integer> foldsByGroup(List<RankingExample> examples, int folds, long seed) {
        List<String> groups = new ArrayList<>(new TreeSet<>(examples.stream().map(RankingExample::group).toList()));
        java.util.Collections.shuffle(groups, new java.util.Random(seed));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            fold.put(groups.get(i), i % folds);
        }
        return fold;
    }

    private static DMatrix matrix(List<RankingExample> examples, WordCounts words) throws XGBoostError {
        int columns = RankingFeatures.COLUMNS + WordEvidence.COLUMNS;
        List<float[]> rows = new ArrayList<>();
        List<Float> labels = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (RankingExample e : examples) {
            if (!e.hasRelevant() || e.rows().isEmpty()) {
                continue;
            }
            rows.addAll(words.trainingRows(e));
            for (int i = 0; i < e.rows().size(); i++) {
                labels.add(e.gain()[i]);
            }
            groups.add(e.rows().size());
        }
        float[] flat = new float[rows.size() * columns];
        float[] label = new float[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, flat, i * columns, columns);
            label[i] = labels.get(i);
        }
        DMatrix matrix = new DMatrix(flat, rows.size(), columns, Float.NaN);
        matrix.setLabel(label);
        matrix.setGroup(groups.stream().mapToInt(Integer::intValue).toArray());
        return matrix;
    }

    private Map<String, Object> params() {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("objective", objective);
        params.put("eta", 0.1);
        params.put("max_depth", 6);
        params.put("num_parallel_tree", TREES_PER_ROUND);
        params.put("min_child_weight", 1);
        params.put("subsample", 0.8);
        params.put("colsample_bytree", 0.8);
        params.put("tree_method", "hist");
        params.put("nthread", 1);
        params.put("seed", seed);
        params.put("verbosity", 0);
        return params;
    }

    /** Orders candidate indexes by score, best first, ties to the earlier line; then spread as reports show them. */
    static List<Integer> order(RankingExample e, double[] scores, double spreadMargin) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i])
                .thenComparingLong(i -> e.rows().get(i).number()));
        return BlockSpread.apply(order, i -> e.rows().get(i).source(), i -> e.rows().get(i).number(),
                i -> e.rows().get(i).text(), i -> scores[i], spreadMargin);
    }
}
