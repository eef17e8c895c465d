package org.cifailureagent.training;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cifailureagent.classify.model.ModelMetadata;

/**
 * Compares two training recipes (which corpora, which settings) fairly: both are retrained on the same grouped folds
 * and judged on the same held-out projects, which neither saw. The candidate is promoted only if its macro-F1 does
 * not drop.
 *
 * @param reason one sentence saying why the candidate was or was not promoted
 */
public record RecipeComparison(CvEvaluation current, CvEvaluation candidate, double currentMacroF1,
                               double candidateMacroF1, boolean promote, String reason) {

    public static RecipeComparison run(FoldedExamples folded, ModelMetadata current, ModelMetadata candidate,
                                       int minSupport, Progress progress) {
        CvEvaluation a = evaluate(folded, current, progress);
        CvEvaluation b = evaluate(folded, candidate, progress);
        double f1A = a.model().confusion().macroF1(minSupport);
        double f1B = b.model().confusion().macroF1(minSupport);
        boolean promote = f1B >= f1A;
        String reason = String.format(Locale.ROOT, "%s: candidate macro-F1 %.3f %s current %.3f on the same %d "
                        + "grouped folds (%d entries, categories with >= %d examples)",
                promote ? "promoted" : "not promoted", f1B, promote ? (f1B == f1A ? "equals" : "is above") : "is below",
                f1A, folded.k(), folded.folds().length, minSupport);
        return new RecipeComparison(a, b, f1A, f1B, promote, reason);
    }

    private static CvEvaluation evaluate(FoldedExamples folded, ModelMetadata recipe, Progress progress) {
        Set<String> corpora = new java.util.HashSet<>();
        recipe.corpora().forEach(c -> corpora.add(c.name()));
        List<LabeledExample> examples = folded.outOfFold();
        if (examples.stream().noneMatch(e -> corpora.contains(e.entry().corpus()))) {
            throw new IllegalArgumentException("model " + recipe.version() + " was trained on corpora " + corpora
                    + ", none of which was given with --corpus");
        }
        CrossValidation cv = CrossValidation.run(folded, entry -> corpora.contains(entry.corpus()),
                TrainingParams.fromDescription(recipe.params()), progress);
        return CvEvaluation.tuned(examples, cv, ModelTrainer.MIN_SUPPORT);
    }
}
