package org.cifailureagent.evidence.ranker;

import java.util.List;
import org.cifailureagent.evidence.LineRanker;

/** How often the best-ranked line, or one of the best five, lies in the labeled root cause. */
public record RankingFigures(int logs, int top1, int top5, int withCandidate, List<Miss> misses) {

    /** A log whose best-ranked line lies outside its label. */
    public record Miss(String id, long rankedFirst) {
    }

    public double top1Rate() {
        return logs == 0 ? 0 : (double) top1 / logs;
    }

    public double top5Rate() {
        return logs == 0 ? 0 : (double) top5 / logs;
    }

    /** Share of logs where some candidate lies in the label: the ceiling of any ranker. */
    public double candidateRecall() {
        return logs == 0 ? 0 : (double) withCandidate / logs;
    }

    /** The figures of a ranker over examples it may have been trained on (use only for rankers without training). */
    public static RankingFigures of(List<RankingExample> examples, LineRanker ranker) {
        Builder builder = new Builder();
        examples.forEach(e -> builder.add(e, ranker));
        return builder.build();
    }

    static final class Builder {
        private int logs;
        private int top1;
        private int top5;
        private int withCandidate;
        private final List<Miss> misses = new java.util.ArrayList<>();

        void add(RankingExample example, LineRanker ranker) {
            logs++;
            if (!example.hasRelevant()) {
                return;
            }
            withCandidate++;
            float[][] features = example.rows().stream().map(r -> r.features()).toArray(float[][]::new);
            List<String> texts = example.rows().stream().map(r -> r.text()).toList();
            List<Integer> order = LineRankerTrainer.order(example, ranker.score(features, texts),
                    ranker.spreadMargin());
            if (!order.isEmpty() && !example.relevant()[order.get(0)]) {
                misses.add(new Miss(example.id(), example.rows().get(order.get(0)).number()));
            }
            for (int k = 0; k < Math.min(5, order.size()); k++) {
                if (example.relevant()[order.get(k)]) {
                    if (k == 0) {
                        top1++;
                    }
                    top5++;
                    break;
                }
            }
        }

        RankingFigures build() {
            return new RankingFigures(logs, top1, top5, withCandidate, misses);
        }
    }
}
