package org.cifailureagent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.evidence.Evidence;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.evidence.Fingerprint;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.retries.Attempt;
import org.cifailureagent.evidence.retries.RetriedTest;
import org.cifailureagent.explain.flaky.FingerprintHistory;
import org.cifailureagent.explain.flaky.FlakyDecision;
import org.cifailureagent.explain.flaky.FlakyVerdict;
import org.cifailureagent.explain.suspects.Suspect;
import org.cifailureagent.explain.suspects.SuspectRanker;
import org.cifailureagent.report.ReportAssembler;
import org.cifailureagent.taxonomy.Category;
import org.cifailureagent.workspace.FactsMerger;
import org.cifailureagent.workspace.WorkspaceFacts;

/**
 * The part of one analysis that uses the workspace and the job's history: before classification it merges the
 * workspace's test results and paths into what the log showed; after it, it decides flakiness and ranks suspect
 * commits (their ranking depends on the category). Anything that fails here becomes a warning.
 */
final class InPlaceAnalysis {
    /** The probability that a category beside a guessed {@code flaky} needs to count as the cause of the failure. */
    private static final double RUNNER_UP_SUPPORT = 0.1;

    private final AnalysisRequest request;
    private final List<String> warnings;
    private WorkspaceFacts facts;
    private FlakyVerdict flaky;

    InPlaceAnalysis(AnalysisRequest request, List<String> warnings) {
        this.request = request;
        this.warnings = warnings;
        if (request.history() != null) {
            warnings.addAll(request.history().warnings());
        }
    }

    /** Runs the workspace step for the locations the log named. */
    void collect(List<Location> logLocations) {
        if (request.workspace() == null) {
            return;
        }
        try {
            facts = request.workspace().collect(FactsMerger.asSourceLines(logLocations));
        } catch (RuntimeException e) {
            warnings.add("workspace could not be examined: " + e.getMessage() + "; analyzed the log alone");
            return;
        }
        warnings.addAll(facts.warnings());
        if (facts.git() != null) {
            facts.git().notes().forEach(note -> warnings.add("git: " + note));
        }
    }

    List<Location> locations(List<Location> fromLog) {
        return facts == null ? fromLog : FactsMerger.locations(fromLog, facts);
    }

    List<FailingTest> failingTests(List<FailingTest> fromLog) {
        return facts == null ? fromLog : FactsMerger.failingTests(fromLog, facts);
    }

    /**
     * The classification, made {@code flaky} or {@code test} when the pass evidence says so.
     *
     * @param retriedInLog the tests the log shows a runner retrying; the reports' retried tests are added (a report
     *                     says only that a test failed and then passed)
     */
    Classification decideFlaky(Classification classification, List<FailingTest> failing,
                               List<RetriedTest> retriedInLog) {
        List<RetriedTest> retried = new ArrayList<>(retriedInLog);
        if (facts != null) {
            facts.retriedTests().forEach(t -> retried.add(new RetriedTest(t.name(),
                    List.of(Attempt.FAILED, Attempt.PASSED), t.report(), 0)));
        }
        try {
            flaky = FlakyDecision.decide(categoryWithoutFlakyGuess(classification), failing, retried,
                    request.history(), commit());
        } catch (RuntimeException e) {
            warnings.add("flaky decision failed: " + e);
            return classification;
        }
        return flaky == null ? classification : flaky.applyTo(classification);
    }

    /**
     * Flakiness comes from pass evidence alone, so a classifier's {@code flaky} is only a guess: the decision starts
     * from the best other category when the classifier gives it some support. Otherwise flakes beside a compile error
     * (a retry line votes for {@code flaky}) would hide that the code did not compile. A runner-up below that support
     * is noise (a confident model leaves the other nine categories a few thousandths each, in any order): then the
     * guess stands for a test failure, and the pass evidence decides.
     */
    private static Category categoryWithoutFlakyGuess(Classification classification) {
        if (classification.category() != Category.FLAKY) {
            return classification.category();
        }
        return classification.scores().entrySet().stream().filter(e -> e.getKey() != Category.FLAKY)
                .filter(e -> e.getValue() >= RUNNER_UP_SUPPORT).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(Category.TEST);
    }

    /** The flaky decision, null before {@link #decideFlaky} or when there was nothing to decide with. */
    FlakyVerdict flaky() {
        return flaky;
    }

    ReportAssembler.InPlace after(Classification classification, List<Location> locations, Evidence evidence) {
        List<Suspect> suspects = null;
        if (facts != null && facts.git() != null && facts.git().head() != null) {
            try {
                suspects = SuspectRanker.rank(facts.git(), classification.category(), locations);
            } catch (RuntimeException e) {
                warnings.add("ranking suspect commits failed: " + e);
            }
        }
        FingerprintHistory seen = request.history() == null ? null
                : FingerprintHistory.of(request.history(), Fingerprint.of(evidence.ruleRanked()));
        return new ReportAssembler.InPlace(suspects, flaky, seen);
    }

    private String commit() {
        if (request.commit() != null) {
            return request.commit();
        }
        return facts != null && facts.git() != null ? facts.git().head() : null;
    }
}
