package org.cifailureagent.training;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cifailureagent.classify.model.ModelMetadata;

/**
 * Compares two training recipes (which corpora, which settings) fairly: both are retrained on the same grouped folds
 * and judged on the same held-out projects, which neither saw. One cross-validated macro-F1 moves by about 0.02 with
 * xgboost's seed alone, so each recipe is cross-validated once per seed, with its own seed replaced, and judged by
 * its mean: the comparison is of the recipes' data and settings, not of their seeds' luck. The candidate is promoted
 * only if its mean macro-F1 does not drop.
 *
 * @param current the current recipe's figures at the first seed
 * @param candidate the candidate's figures at the first seed
 * @param currentBySeed the current recipe's macro-F1 per seed, in the order of {@code seeds}
 * @param candidateBySeed the candidate's macro-F1 per seed
 * @param reason one sentence saying why the candidate was or was not promoted
 */
public record RecipeComparison(List<Integer> seeds, CvEvaluation current, CvEvaluation candidate,
                               double[] currentBySeed, double[] candidateBySeed, boolean promote, String reason) {

    public static RecipeComparison run(FoldedExamples folded, ModelMetadata current, ModelMetadata candidate,
                                       List<Integer> seeds, int minSupport, Progress progress) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one seed");
        }
        CvEvaluation[] a = new CvEvaluation[seeds.size()];
        CvEvaluation[] b = new CvEvaluation[seeds.size()];
        double[] f1A = new double[seeds.size()];
        double[] f1B = new double[seeds.size()];
        for (int i = 0; i < seeds.size(); i++) {
            a[i] = evaluate(folded, current, seeds.get(i), progress);
            b[i] = evaluate(folded, candidate, seeds.get(i), progress);
            f1A[i] = a[i].model().confusion().macroF1(minSupport);
            f1B[i] = b[i].model().confusion().macroF1(minSupport);
        }
        double meanA = mean(f1A);
        double meanB = mean(f1B);
        boolean promote = meanB >= meanA;
        String reason = String.format(Locale.ROOT, "%s: candidate mean macro-F1 %.3f %s current %.3f over xgboost "
                        + "seeds %s on the same %d grouped folds (%d entries, categories with >= %d examples)",
                promote ? "promoted" : "not promoted", meanB,
                promote ? (meanB == meanA ? "equals" : "is above") : "is below", meanA,
                seeds.stream().map(String::valueOf).collect(Collectors.joining(", ")), folded.k(),
                folded.folds().length, minSupport);
        return new RecipeComparison(List.copyOf(seeds), a[0], b[0], f1A, f1B, promote, reason);
    }

    public double currentMacroF1() {
        return mean(currentBySeed);
    }

    public double candidateMacroF1() {
        return mean(candidateBySeed);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static CvEvaluation evaluate(FoldedExamples folded, ModelMetadata recipe, int seed, Progress progress) {
        Set<String> corpora = new java.util.HashSet<>();
        recipe.corpora().forEach(c -> corpora.add(c.name()));
        List<LabeledExample> examples = folded.outOfFold();
        if (examples.stream().noneMatch(e -> corpora.contains(e.entry().corpus()))) {
            throw new IllegalArgumentException("model " + recipe.version() + " was trained on corpora " + corpora
                    + ", none of which was given with --corpus");
        }
        CrossValidation cv = CrossValidation.run(folded, entry -> corpora.contains(entry.corpus()),
                TrainingParams.fromDescription(recipe.params()).withSeed(seed), progress);
        return CvEvaluation.tuned(examples, cv, ModelTrainer.MIN_SUPPORT);
    }
}
