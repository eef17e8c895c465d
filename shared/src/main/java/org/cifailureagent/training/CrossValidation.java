package org.cifailureagent.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import ml.dmlc.xgboost4j.java.Booster;
import org.cifailureagent.classify.model.Matrices;
import org.cifailureagent.classify.model.RulePrecision;
import org.cifailureagent.corpus.CorpusEntry;

/**
 * Grouped k-fold cross-validation: for each fold, a model trained on the other folds predicts it. Every example
 * thus gets a prediction from a model that never saw its project.
 *
 * @param folds the fold of each example
 * @param probabilities xgboost's uncalibrated out-of-fold probabilities, one row per example
 * @param oovRates each example's out-of-vocabulary rate against its training folds' vocabulary
 * @param rulePrecision per fold, the rules' precision counted on its training folds, as a model stores it
 */
public record CrossValidation(int[] folds, double[][] probabilities, double[] oovRates,
                              List<RulePrecision> rulePrecision) {

    public CrossValidation {
        rulePrecision = List.copyOf(rulePrecision);
    }

    /**
     * Cross-validation of a recipe that trains on the entries {@code trainable} accepts and is evaluated on every
     * entry; the folds are the same whatever the recipe, so two recipes compare on the same folds.
     */
    public static CrossValidation run(FoldedExamples folded, Predicate<CorpusEntry> trainable, TrainingParams params,
                                      Progress progress) {
        int[] folds = folded.folds();
        double[][] probabilities = new double[folds.length][];
        double[] oov = new double[folds.length];
        List<RulePrecision> precision = new ArrayList<>();
        progress.start("cross-validation", folded.k());
        for (int fold = 0; fold < folded.k(); fold++) {
            List<LabeledExample> examples = folded.fold(fold);
            List<LabeledExample> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (folds[i] == fold) {
                    test.add(i);
                } else if (trainable.test(examples.get(i).entry())) {
                    train.add(examples.get(i));
                }
            }
            precision.add(rulePrecision(train));
            Predicate<String> keeps = ProjectSupport.keeps(ProjectSupport.kept(train, params.minProjects()));
            Booster booster = BoosterTrainer.train(ProjectSupport.prune(train, keeps), params);
            Set<String> vocabulary = new HashSet<>(Vocabulary.of(train));
            List<LabeledExample> held = ProjectSupport.prune(test.stream().map(examples::get).toList(), keeps);
            double[][] predicted = predict(booster, held);
            booster.dispose();
            for (int j = 0; j < test.size(); j++) {
                probabilities[test.get(j)] = predicted[j];
                oov[test.get(j)] = Vocabulary.oovRate(vocabulary, held.get(j).features().words());
            }
            progress.advance();
        }
        progress.finish();
        return new CrossValidation(folds, probabilities, oov, precision);
    }

    /** The same answers with the model deciding alone everywhere. */
    public CrossValidation modelAlone() {
        return new CrossValidation(folds, probabilities, oovRates,
                java.util.Collections.nCopies(rulePrecision.size(), RulePrecision.none()));
    }

    /** The rules' precision on the examples a model trains on. */
    static RulePrecision rulePrecision(List<LabeledExample> trainedOn) {
        return RulePrecision.count(trainedOn.stream().map(e -> e.rulesOnly().category()).toList(),
                trainedOn.stream().map(e -> e.entry().category()).toList());
    }

    static double[][] predict(Booster booster, List<LabeledExample> examples) {
        return Matrices.predict(booster, examples.stream().map(LabeledExample::features).toList());
    }
}
