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
import org.cifailureagent.evidence.BlockSpread;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.evidence.EvidenceCollector.CandidateRow;
import org.cifailureagent.evidence.RankingFeatures;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.rules.RuleMatcher;

/**
 * Trains the line ranker: XGBoost learning-to-rank ({@code rank:pairwise}) over the candidates of labeled logs, one
 * query group per log, relevant = inside a labeled root-cause range. Single-threaded with a fixed seed, so the same
 * data gives the same model bytes. Cross-validation keeps each group (CI project or fixture project) on one side.
 */
public final class LineRankerTrainer {
    static final int ROUNDS = 150;
    static final long SEED = 42;

    private final RuleMatcher.Compiled rules;
    private final String objective;

    /** @param objective an XGBoost ranking objective such as {@code rank:pairwise} or {@code rank:ndcg} */
    public LineRankerTrainer(RuleMatcher.Compiled rules, String objective) {
        this.rules = rules;
        this.objective = objective;
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
                long n = rows.get(i).number();
                for (CorpusEntry.LineRange r : entry.rootCauseLines()) {
                    if (r.contains(n)) {
                        gain[i] = Math.max(gain[i], n == r.first() ? 3 : n - r.first() <= 2 ? 2 : 1);
                    }
                }
            }
            examples.add(new RankingExample(entry.id(), entry.group(), rows, relevant, gain));
            if (done % 50 == 0) {
                progress.accept("scanned " + done + " of " + entries.size() + " logs");
            }
        }
        return examples;
    }

    /** Trains on the examples and returns the model file's bytes (UBJSON). */
    public byte[] train(List<RankingExample> examples, String version) {
        try {
            DMatrix matrix = matrix(examples);
            try {
                Booster booster = XGBoost.train(matrix, params(), Integer.getInteger("rk.rounds", ROUNDS), new HashMap<>(), null, null);
                booster.setAttr(ModelLineRanker.SCHEMA_ATTRIBUTE, String.valueOf(RankingFeatures.SCHEMA_VERSION));
                booster.setAttr(ModelLineRanker.VERSION_ATTRIBUTE, version);
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
        Map<String, Integer> foldOfGroup = foldsByGroup(examples, folds);
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
    static Map<String, Integer> foldsByGroup(List<RankingExample> examples, int folds) {
        List<String> groups = new ArrayList<>(new TreeSet<>(examples.stream().map(RankingExample::group).toList()));
        java.util.Collections.shuffle(groups, new java.util.Random(SEED));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            fold.put(groups.get(i), i % folds);
        }
        return fold;
    }

    private static DMatrix matrix(List<RankingExample> examples) throws XGBoostError {
        int columns = RankingFeatures.COLUMNS;
        List<float[]> rows = new ArrayList<>();
        List<Float> labels = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (RankingExample e : examples) {
            if (!e.hasRelevant() || e.rows().isEmpty()) {
                continue;
            }
            for (int i = 0; i < e.rows().size(); i++) {
                rows.add(e.rows().get(i).features());
                labels.add(Boolean.getBoolean("rk.grade") ? e.gain()[i] : e.relevant()[i] ? 1f : 0f);
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
        params.put("eta", Double.parseDouble(System.getProperty("rk.eta", "0.1")));
        params.put("max_depth", Integer.getInteger("rk.depth", 6));
        params.put("min_child_weight", Integer.getInteger("rk.mcw", 1));
        params.put("subsample", 0.8);
        params.put("colsample_bytree", 0.8);
        params.put("tree_method", "hist");
        params.put("nthread", 1);
        params.put("seed", SEED);
        params.put("verbosity", 0);
        return params;
    }

    /** Orders candidate indexes by score, best first, ties to the earlier line; then spread as reports show them. */
    static List<Integer> order(RankingExample e, double[] scores) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i])
                .thenComparingLong(i -> e.rows().get(i).number()));
        return BlockSpread.apply(order, i -> e.rows().get(i).source(), i -> e.rows().get(i).number());
    }
}
