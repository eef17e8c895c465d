package org.cifailureagent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cifailureagent.evidence.EvidenceCollector;
import org.cifailureagent.evidence.PassingLogBaseline;
import org.cifailureagent.evidence.retries.LogRetryCollector;
import org.cifailureagent.evidence.retries.RetriedTest;
import org.cifailureagent.evidence.tests.PytestSections;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.normalize.Normalizer;
import org.cifailureagent.read.BuildLog;
import org.cifailureagent.read.LineSink;
import org.cifailureagent.read.LogLine;
import org.cifailureagent.read.UnreadableInputException;
import org.cifailureagent.rules.RuleMatcher;
import org.cifailureagent.rules.RuleSet;
import org.cifailureagent.structure.BuildStructure;
import org.cifailureagent.structure.StructureTracker;

/**
 * One streaming pass over a build's log: read → normalize → structure → evidence. Only bounded state is kept: the
 * structure's steps, the evidence candidates, the retried tests and pytest's failure sections.
 */
public final class LogScan {
    /**
     * What the literal pass finds in each line besides the rules' literals: the evidence's keywords first, then the
     * words that the structure and the retry formats would otherwise search every line for. One pass over the line
     * serves them all.
     */
    private static final List<String> KEYWORDS = Stream.of(EvidenceCollector.LINE_KEYWORDS,
            StructureTracker.EXIT_CUES, LogRetryCollector.CUES).flatMap(List::stream).toList();
    private static final int EXIT_CUES_FROM = EvidenceCollector.LINE_KEYWORDS.size();
    private static final int RETRY_CUES_FROM = EXIT_CUES_FROM + StructureTracker.EXIT_CUES.size();

    private final RuleMatcher matcher;
    private final StructureTracker structure;
    private final EvidenceCollector evidence;
    private final LogRetryCollector retries;
    private final PytestSections pytestSections = new PytestSections();
    private final Set<String> maskedValues = new LinkedHashSet<>();
    private final List<String> warnings = new ArrayList<>();

    private LogScan(BuildLog log, RuleMatcher.Compiled rules) {
        this.matcher = new RuleMatcher(rules);
        matcher.alsoFind(KEYWORDS);
        this.structure = new StructureTracker(log.sourcesAreSteps(), () -> found(EXIT_CUES_FROM, RETRY_CUES_FROM));
        this.evidence = new EvidenceCollector(matcher);
        this.retries = new LogRetryCollector(() -> found(RETRY_CUES_FROM, KEYWORDS.size()));
    }

    /** Whether the line last read holds one of the keywords with an index in [from, to). */
    private boolean found(int from, int to) {
        int first = matcher.keywordsFound().nextSetBit(from);
        return first >= 0 && first < to;
    }

    /**
     * Compiles {@code rules} into the form a scan needs, including the part a scan would otherwise build on its first
     * line, so that callers can do it ahead of time (on another thread while the command line is being parsed).
     */
    public static RuleMatcher.Compiled prepare(RuleSet rules) {
        RuleMatcher.Compiled compiled = new RuleMatcher.Compiled(rules);
        RuleMatcher.prepare(compiled, KEYWORDS);
        return compiled;
    }

    /** What the literal pass over each line finds besides the rules' literals (for benchmarks: grep gets the same). */
    public static List<String> keywords() {
        return KEYWORDS;
    }

    /** Scans the whole log. Input that cannot be read at all throws {@link UnreadableInputException}. */
    public static LogScan of(BuildLog log, RuleMatcher.Compiled rules) {
        LogScan scan = new LogScan(log, rules);
        scan.run(log);
        return scan;
    }

    private void run(BuildLog log) {
        Normalizer normalizer = new Normalizer(maskedValues::add);
        try {
            log.read(new LineSink() {
                @Override
                public void accept(LogLine line) {
                    NormalizedLine normalized = normalizer.normalize(line);
                    matcher.read(normalized.text());
                    boolean failureKnown = structure.failureSeen();
                    structure.accept(normalized);
                    evidence.accept(normalized, structure.currentStepName());
                    if (structure.quotedScriptLinesEndingHere() > 0) {
                        evidence.forgetQuotedLines(structure.quotedScriptLinesEndingHere());
                    }
                    retries.accept(normalized);
                    pytestSections.accept(normalized);
                    if (!failureKnown && structure.failureSeen()) {
                        evidence.markFailure();
                    }
                }

                @Override
                public void warning(String message) {
                    warnings.add(message);
                }
            });
        } catch (UnreadableInputException e) {
            throw e;
        } catch (IOException e) {
            warnings.add("reading stopped early: " + e.getMessage() + "; analyzed what was read");
        }
    }

    /**
     * Reads a passing run's log into a baseline of line shapes. Reading problems become warnings; the analysis of
     * the failing log goes on without the lines that could not be read.
     */
    public static PassingLogBaseline baseline(BuildLog passingLog, List<String> warnings) {
        PassingLogBaseline baseline = new PassingLogBaseline();
        Normalizer normalizer = new Normalizer(value -> { });
        try {
            passingLog.read(new LineSink() {
                @Override
                public void accept(LogLine line) {
                    baseline.add(normalizer.normalize(line).text());
                }

                @Override
                public void warning(String message) {
                    warnings.add("passing log: " + message);
                }
            });
        } catch (IOException e) {
            warnings.add("passing log: reading stopped early (" + e.getMessage() + ")");
        }
        if (baseline.truncated()) {
            warnings.add("passing log: it has more distinct lines than are compared; the rest were ignored");
        }
        return baseline;
    }

    public BuildStructure structure() {
        return structure.finish();
    }

    public EvidenceCollector evidence() {
        return evidence;
    }

    /** Tests a runner retried, with their attempts (a retry that passed leaves no evidence line). */
    public List<RetriedTest> retries() {
        return retries.finish();
    }

    /** The errors of pytest's failure sections, for tests whose naming line lies far from its section. */
    public PytestSections pytestSections() {
        return pytestSections;
    }

    /** Values of {@code ::add-mask::} lines: secrets that must never be shown. */
    public Set<String> maskedValues() {
        return maskedValues;
    }

    public List<String> warnings() {
        return warnings;
    }
}
