package org.cifailureagent.training;

import java.util.ArrayList;
import java.util.List;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.classify.model.Calibration;
import org.cifailureagent.evaluation.ConfusionMatrix;
import org.cifailureagent.evaluation.EvaluationResult;
import org.cifailureagent.evaluation.RootCauseHits;
import org.cifailureagent.evidence.EvidenceLine;
import org.cifailureagent.taxonomy.Category;

/**
 * The figures of a cross-validation: the model's out-of-fold answers and the rules-only answers on the same
 * examples, with the same root-cause hits (ranking does not depend on the classifier).
 */
public record CvEvaluation(EvaluationResult model, EvaluationResult rulesOnly, double temperature,
                           double unknownThreshold, List<Reliability.Bin> reliability,
                           List<Classification> answers) {

    /** Thresholds tried for {@code unknown}; 0 would never answer it unless the model itself does. */
    static final double[] THRESHOLDS = {0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};

    /**
     * Fits the temperature, then picks the unknown threshold with the best macro-F1 (categories with at least
     * {@code minSupport} examples), both on the out-of-fold answers themselves: two parameters, tuned on the figures
     * they are reported with, which the model card says.
     */
    public static CvEvaluation tuned(List<LabeledExample> examples, CrossValidation cv, int minSupport) {
        int[] labels = examples.stream().mapToInt(LabeledExample::label).toArray();
        double temperature = Calibration.fit(cv.probabilities(), labels);
        CvEvaluation best = null;
        for (double threshold : THRESHOLDS) {
            CvEvaluation candidate = of(examples, cv, temperature, threshold);
            if (best == null || candidate.model().confusion().macroF1(minSupport)
                    > best.model().confusion().macroF1(minSupport) + 1e-9) {
                best = candidate;
            }
        }
        return best;
    }

    public static CvEvaluation of(List<LabeledExample> examples, CrossValidation cv, double temperature,
                                  double unknownThreshold) {
        List<Classification> answers = new ArrayList<>();
        for (double[] p : cv.probabilities()) {
            answers.add(Classification.fromProbabilities(Calibration.apply(p, temperature), unknownThreshold));
        }
        List<Classification> rules = examples.stream().map(LabeledExample::rulesOnly).toList();
        double[] confidences = answers.stream().mapToDouble(Classification::confidence).toArray();
        // Reliability asks whether the most probable category is right, before the unknown threshold applies.
        boolean[] correct = new boolean[examples.size()];
        for (int i = 0; i < correct.length; i++) {
            correct[i] = mostProbable(answers.get(i)) == examples.get(i).entry().category();
        }
        return new CvEvaluation(result(examples, answers), result(examples, rules), temperature, unknownThreshold,
                Reliability.table(confidences, correct, 10), answers);
    }

    static Category mostProbable(Classification answer) {
        return answer.scores().entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    static EvaluationResult result(List<LabeledExample> examples, List<Classification> answers) {
        ConfusionMatrix confusion = new ConfusionMatrix();
        RootCauseHits hits = new RootCauseHits();
        List<EvaluationResult.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            LabeledExample example = examples.get(i);
            Classification answer = answers.get(i);
            confusion.add(example.entry().category(), answer.category());
            hits.add(example.entry(), example.ranked());
            List<EvidenceLine> ranked = example.ranked();
            long top1Line = ranked.isEmpty() ? 0 : ranked.get(0).number();
            Boolean top1 = example.entry().rootCauseLines().isEmpty() ? null
                    : top1Line > 0 && example.entry().isRootCauseLine(top1Line);
            outcomes.add(new EvaluationResult.Outcome(example.entry().id(), example.entry().group(),
                    example.entry().category().wireName(), answer.category().wireName(), answer.confidence(), top1,
                    top1Line));
        }
        return new EvaluationResult(confusion, hits, outcomes);
    }
}
