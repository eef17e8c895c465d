package org.cifailureagent.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ml.dmlc.xgboost4j.java.Booster;
import org.cifailureagent.classify.model.Matrices;

/**
 * Grouped k-fold cross-validation: for each fold, a model trained on the other folds predicts it. Every scored
 * example thus gets a prediction from a model that never saw its project. Train-only examples
 * ({@link org.cifailureagent.corpus.CorpusEntry#trainOnly}) join the training side of every fold and are not scored.
 *
 * @param scored the examples that the arrays describe, in the order given: all but the train-only ones
 * @param folds the fold of each scored example
 * @param probabilities xgboost's uncalibrated out-of-fold probabilities, one row per scored example
 * @param oovRates each scored example's out-of-vocabulary rate against its training folds' vocabulary
 */
public record CrossValidation(List<LabeledExample> scored, int[] folds, double[][] probabilities, double[] oovRates) {

    public static CrossValidation run(List<LabeledExample> examples, TrainingParams params, int k, Progress progress) {
        return run(examples, examples, params, k, progress);
    }

    /**
     * Cross-validation of a recipe that trains on {@code trainable} (a subset of {@code examples}, by identity) and
     * is evaluated on all of {@code examples}; folds come from all examples, so two recipes compare on the same folds.
     */
    public static CrossValidation run(List<LabeledExample> examples, List<LabeledExample> trainable,
                                      TrainingParams params, int k, Progress progress) {
        List<LabeledExample> scored = examples.stream().filter(e -> !e.entry().trainOnly()).toList();
        List<LabeledExample> alwaysTrained = trainable.stream().filter(e -> e.entry().trainOnly()).toList();
        int[] folds = GroupedFolds.assign(scored, k);
        Set<LabeledExample> usable = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        usable.addAll(trainable);
        double[][] probabilities = new double[scored.size()][];
        double[] oov = new double[scored.size()];
        progress.start("cross-validation", k);
        for (int fold = 0; fold < k; fold++) {
            List<LabeledExample> train = new ArrayList<>(alwaysTrained);
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < scored.size(); i++) {
                if (folds[i] == fold) {
                    test.add(i);
                } else if (usable.contains(scored.get(i))) {
                    train.add(scored.get(i));
                }
            }
            Booster booster = BoosterTrainer.train(train, params);
            Set<String> vocabulary = new HashSet<>(Vocabulary.of(train));
            List<LabeledExample> held = test.stream().map(scored::get).toList();
            double[][] predicted = predict(booster, held);
            booster.dispose();
            for (int j = 0; j < test.size(); j++) {
                probabilities[test.get(j)] = predicted[j];
                oov[test.get(j)] = Vocabulary.oovRate(vocabulary, held.get(j).features().words());
            }
            progress.advance();
        }
        progress.finish();
        return new CrossValidation(scored, folds, probabilities, oov);
    }

    static double[][] predict(Booster booster, List<LabeledExample> examples) {
        return Matrices.predict(booster, examples.stream().map(LabeledExample::features).toList());
    }
}
