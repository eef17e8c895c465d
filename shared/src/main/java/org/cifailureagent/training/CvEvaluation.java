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
                           List<Reliability.Bin> reliability, List<Classification> answers) {

    /** Fits the temperature on the out-of-fold probabilities themselves (one parameter; say so when reporting). */
    public static CvEvaluation of(List<LabeledExample> examples, CrossValidation cv, double unknownThreshold) {
        int[] labels = examples.stream().mapToInt(LabeledExample::label).toArray();
        double temperature = Calibration.fit(cv.probabilities(), labels);
        return of(examples, cv, temperature, unknownThreshold);
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
        return new CvEvaluation(result(examples, answers), result(examples, rules), temperature,
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
