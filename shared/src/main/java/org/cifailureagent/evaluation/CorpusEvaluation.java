package org.cifailureagent.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cifailureagent.AnalysisRequest;
import org.cifailureagent.corpus.CorpusEntry;
import org.cifailureagent.read.BuildLogs;
import org.cifailureagent.report.Report;
import org.cifailureagent.taxonomy.Category;

/** Analyzes every entry of a corpus and compares the reports with the labels. */
public final class CorpusEvaluation {
    private CorpusEvaluation() {
    }

    /** @param analyze analyzes one request; lets callers pick the analyzer per entry (e.g. per fold) */
    public static EvaluationResult run(List<CorpusEntry> entries, Function<CorpusEntry, Report> analyze) {
        ConfusionMatrix confusion = new ConfusionMatrix();
        RootCauseHits hits = new RootCauseHits();
        List<EvaluationResult.Outcome> outcomes = new ArrayList<>();
        for (CorpusEntry entry : entries) {
            Report report = analyze.apply(entry);
            Category predicted = Category.fromWireName(report.category());
            confusion.add(entry.category(), predicted);
            hits.add(entry, report.rootCause().lines());
            Boolean top1 = null;
            long top1Line = report.rootCause().lines().isEmpty() ? 0 : report.rootCause().lines().get(0).number();
            if (!entry.rootCauseLines().isEmpty()) {
                top1 = top1Line > 0 && entry.isRootCauseLine(top1Line);
            }
            outcomes.add(new EvaluationResult.Outcome(entry.id(), entry.group(), entry.category().wireName(),
                    report.category(), report.confidence(), top1, top1Line));
        }
        return new EvaluationResult(confusion, hits, outcomes);
    }

    /** The request for an entry: its log, and its passing log when it has one. */
    public static AnalysisRequest requestFor(CorpusEntry entry) {
        var log = BuildLogs.open(entry.log().toString(), System.in);
        var passing = entry.passingLog() == null ? null : BuildLogs.open(entry.passingLog().toString(), System.in);
        return new AnalysisRequest(log, passing);
    }
}
