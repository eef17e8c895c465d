package org.cifailureagent.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.classify.Signals;
import org.cifailureagent.evidence.EvidenceLine;
import org.cifailureagent.evidence.Fingerprint;
import org.cifailureagent.evidence.RankedLine;
import org.cifailureagent.evidence.RuleMatch;
import org.cifailureagent.explain.Explanation;
import org.cifailureagent.explain.flaky.FingerprintHistory;
import org.cifailureagent.explain.flaky.FlakyVerdict;
import org.cifailureagent.explain.suspects.Suspect;
import org.cifailureagent.structure.ExitStatus;
import org.cifailureagent.taxonomy.Category;

/** Builds the report from the stages' results, redacting every text on the way. */
public final class ReportAssembler {
    private final Redactor redactor;

    public ReportAssembler(Redactor redactor) {
        this.redactor = redactor;
    }

    public Report assemble(String input, Signals signals, Classification classification, Explanation explanation,
                           String rulesVersion, Report.ModelInfo model, List<String> warnings,
                           Map<String, Long> timings) {
        return assemble(input, signals, classification, explanation, rulesVersion, model, InPlace.NONE, warnings,
                timings);
    }

    /** What the workspace and the job's history added; each part null when absent. */
    public record InPlace(List<Suspect> suspects, FlakyVerdict flaky, FingerprintHistory history) {
        public static final InPlace NONE = new InPlace(null, null, null);
    }

    public Report assemble(String input, Signals signals, Classification classification, Explanation explanation,
                           String rulesVersion, Report.ModelInfo model, InPlace inPlace, List<String> warnings,
                           Map<String, Long> timings) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            scores.put(c.wireName(), round(classification.scores().get(c)));
        }
        List<EvidenceLine> ranked = new ArrayList<>();
        for (RankedLine line : signals.evidence().ranked()) {
            ranked.add(redact(line.line()));
        }
        List<EvidenceLine> context = signals.evidence().context().stream().map(this::redact).toList();
        List<Report.RuleMatched> matched = new ArrayList<>();
        for (RuleMatch m : explanation.rules()) {
            matched.add(new Report.RuleMatched(m.rule().id(), m.rule().category().wireName(), m.rule().hint(),
                    m.count(), m.firstSource(), m.firstNumber()));
        }
        ExitStatus exit = signals.structure().exitStatus();
        return new Report(Report.SCHEMA_VERSION, input, classification.category().wireName(),
                round(classification.confidence()), scores, redactor.redact(explanation.summary()),
                new Report.RootCause(ranked, context), signals.evidence().totalLines(),
                signals.locations().stream().map(l -> Report.ReportLocation.of(l, redactor::redact)).toList(),
                signals.failingTests().stream().map(t -> Report.ReportTest.of(t, redactor::redact)).toList(),
                signals.structure().failingStep() == null ? null
                        : redactor.redact(signals.structure().failingStep().name()),
                exit == null ? null : exit.code(), exit == null ? null : exit.signal(), matched,
                new Report.RulesInfo(rulesVersion), model, Fingerprint.of(signals.evidence().ruleRanked()),
                inPlace.suspects() == null ? null : inPlace.suspects().stream().map(this::suspect).toList(),
                inPlace.flaky() == null ? null : flaky(inPlace.flaky()),
                inPlace.history() == null ? null : new Report.History(inPlace.history().window(),
                        inPlace.history().seen(), redactor.redact(inPlace.history().lastSeenRun()),
                        redactor.redact(inPlace.history().text())),
                warnings.stream().map(redactor::redact).toList(), timings);
    }

    private Report.Suspect suspect(Suspect s) {
        return new Report.Suspect(s.commit(), redactor.redact(s.author()), redactor.redact(s.message()),
                s.files().stream().map(redactor::redact).toList(),
                s.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), redactor.redact(s.why()));
    }

    private Report.Flaky flaky(FlakyVerdict verdict) {
        return new Report.Flaky(verdict.flaky(), redactor.redact(verdict.reason()), verdict.tests().stream()
                .map(t -> new Report.FlakyTest(redactor.redact(t.name()), t.runs(), t.failures(),
                        round(t.failureRate()), t.flipsOnSameCommit(),
                        t.passedOnCommitRuns().stream().map(redactor::redact).toList(), t.passedOnRetry(),
                        redactor.redact(t.describe()),
                        t.attempts().isEmpty() ? null : t.attempts().stream().map(Object::toString).toList()))
                .toList());
    }

    private EvidenceLine redact(EvidenceLine line) {
        return new EvidenceLine(line.source(), line.number(), redactor.redact(line.text()));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
