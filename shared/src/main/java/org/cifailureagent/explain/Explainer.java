package org.cifailureagent.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.cifailureagent.classify.Classification;
import org.cifailureagent.classify.Signals;
import org.cifailureagent.evidence.Evidence;
import org.cifailureagent.evidence.ErrorWords;
import org.cifailureagent.evidence.EvidenceLine;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.RankedLine;
import org.cifailureagent.evidence.RuleMatch;
import org.cifailureagent.evidence.StackFrameLine;
import org.cifailureagent.explain.flaky.FlakyVerdict;
import org.cifailureagent.explain.flaky.TestRecord;
import org.cifailureagent.structure.ExitStatus;
import org.cifailureagent.taxonomy.Category;

/** Writes the summary sentence and orders the matched rules so that the hints behind the answer come first. */
public final class Explainer {
    /**
     * The best ranked lines, the best one included, among which the summary looks for one that names a place. Six, not
     * three, since the line ranker's word evidence (schema 6): it ranks the source and frames below pytest's
     * {@code ____ test_x ____} header above the {@code FAILED tests/x.py::test_x - OSError} line that names the place.
     * Of the 931 fixture and LogChunks logs, that one summary changed with the wider window.
     */
    private static final int HEADER_WINDOW = 6;
    /**
     * How far from the quoted line the place the summary names may be printed: a Python traceback's project frame
     * lies a dozen lines above its exception, pytest's {@code tests/x.py:12: AssertionError} some forty below its
     * {@code ____ test_x ____} header, past the test's source.
     */
    private static final int PLACE_DISTANCE = 60;
    /**
     * A file's path and line in the quote ({@code src/grammar-registry.js:639} of ESLint's compact format) name its
     * place where no parser read one: another place beside it would belong to something else.
     */
    private static final Pattern PATH_AND_LINE = Pattern.compile("[\\w.-]*/[\\w./-]*\\.[A-Za-z]\\w{0,7}:\\d+");

    private static final String NO_FAILURE = "No failure was found in this log: no line reads as an error, and it shows no"
            + " failed test and no exit code.";

    /** @param flaky the flaky decision, null when there was nothing to decide with */
    public Explanation explain(Classification classification, Signals signals, FlakyVerdict flaky) {
        return new Explanation(summary(classification, signals, flaky),
                rulesByRelevance(classification.category(), signals.evidence()));
    }

    private static String summary(Classification classification, Signals signals, FlakyVerdict flaky) {
        if (classification.category() == Category.UNKNOWN && signals.showNoFailure()) {
            return NO_FAILURE;
        }
        StringBuilder sentence = new StringBuilder(lead(classification));
        List<RankedLine> ranked = quotedFirst(classification.category(), signals, flaky);
        List<FailingTest> tests = signals.failingTests();
        List<String> flakes = flaky == null ? List.of()
                : flaky.tests().stream().filter(TestRecord::hasPassEvidence).map(TestRecord::name).toList();
        // Name a test that failed for good; the ones with pass evidence are flakes beside it.
        List<FailingTest> hard = tests.stream().filter(t -> !flakes.contains(t.name())).toList();
        tests = hard.isEmpty() ? tests : hard;
        Location placeOnly = ranked.isEmpty() ? null : placeOnly(ranked.get(0), signals.locations());
        String quoted = null;
        boolean namesTests = namesFailingTests(classification.category(), flakes) && !tests.isEmpty();
        if (namesTests) {
            quoted = testMessageOver(ranked.isEmpty() ? null
                    : Quote.withLineBelowAHeading(ranked.get(0).line(), signals.evidence(), true), tests.get(0));
        } else if (placeOnly != null) {
            quoted = placeOnly.message();
        } else if (!ranked.isEmpty()) {
            boolean namesFlakes = classification.category() == Category.FLAKY && !flakes.isEmpty();
            quoted = Quote.withLineBelowAHeading(ranked.get(0).line(), signals.evidence(), namesFlakes);
        }
        if (quoted != null) {
            sentence.append(": ").append(Quote.of(quoted));
        }
        if (classification.category() == Category.FLAKY && !flakes.isEmpty()) {
            sentence.append(" (").append(flakes.size() == 1 ? "test " + flakes.get(0)
                    : flakes.size() + " tests, first " + flakes.get(0)).append(')');
        } else if (namesTests) {
            sentence.append(" (").append(tests.size() == 1 ? "test " + tests.get(0).name()
                    : tests.size() + " tests, first " + tests.get(0).name()).append(')');
        } else if (!signals.locations().isEmpty() && (ranked.isEmpty() || placeOnly != null
                || !namesPlace(ranked.get(0), signals.locations()) && !printsAPath(quoted))) {
            Location nearest = nearestTo(ranked, signals.locations());
            if (nearest != null) {
                sentence.append(" (at ").append(nearest.file());
                if (nearest.line() != null) {
                    sentence.append(':').append(nearest.line());
                }
                sentence.append(')');
            }
        }
        if (signals.structure().failingStep() != null) {
            sentence.append(" in step '").append(Quote.stepName(signals.structure().failingStep().name())).append('\'');
        }
        return sentence.append('.').toString();
    }

    /**
     * A failed test's summary quotes its message and names it; so does a flaky guess without flakes to name (no
     * retry that the log shows, no history): the tests that failed are the ones it suspects.
     */
    private static boolean namesFailingTests(Category category, List<String> flakes) {
        return category == Category.TEST || category == Category.FLAKY && flakes.isEmpty();
    }

    /**
     * What a failed test's summary quotes: the test's own failure message (an assertion, an exception) where the best
     * line does not hold it. The best line is often the framework's header or count of the failure ("____ test_x
     * ____", "--- FAIL: TestX", "Tests run: 3, Failures: 0, Errors: 1"), which names the test the summary names anyway.
     * A best line that holds the message beside the test's full name (pytest's "FAILED node - message") is quoted by
     * the message alone, for the same reason.
     */
    private static String testMessageOver(String bestLine, FailingTest test) {
        String message = test.message() == null ? "" : test.message().strip().lines().findFirst().orElse("").strip();
        if (message.isEmpty()) {
            return bestLine;
        }
        if (bestLine != null && bestLine.contains(message) && !bestLine.contains(test.name())) {
            return bestLine;
        }
        return message;
    }

    /**
     * The location printed nearest the quoted line, or null when none was printed close to it: a log may name places
     * of several failures (a flake's stack frame above a compile error), and the summary names the one that belongs
     * to its quote. A quote's place comes on its line, above it (Go's compile error above {@code FAIL pkg [build
     * failed]}, a traceback above its exception) or in the details below it. A place printed farther off belongs to
     * something else: gcc's warnings while a dependency was built, hundreds of lines above ESLint's failure.
     */
    private static Location nearestTo(List<RankedLine> ranked, List<Location> locations) {
        if (ranked.isEmpty()) {
            return locations.get(0);
        }
        EvidenceLine quoted = ranked.get(0).line();
        return locations.stream().filter(l -> Objects.equals(quoted.source(), l.source()))
                .filter(l -> Math.abs(l.number() - quoted.number()) <= PLACE_DISTANCE)
                .min(Comparator.comparingLong((Location l) -> Math.abs(l.number() - quoted.number()))).orElse(null);
    }

    /**
     * The ranked lines, the one to quote first. A best line that names no place is often a tool's header ("COMPILATION
     * ERROR :") whose error line, naming file and line, ranks just below it: then that line of the decided category is
     * quoted. Beside flakes the best line may be a flake's failure, so with a flaky verdict the best line that matched
     * a rule of the decided category comes first wherever it ranks, preferably one that names a place. A best line
     * that is a stack frame gives way to the best of those lines that is not one (Node.js's {@code SyntaxError} under
     * its frames). A best line that reports the failing command's exit ({@code Process completed with exit code 1.})
     * says only that the step failed: where a cause was found, it gives way to the best of those lines that reads as
     * one ({@code npm error audit endpoint returned an error}); it stays when the step printed none, when its code
     * says what happened, and beside {@code unknown} (an error a test printed on purpose is no cause).
     */
    private static List<RankedLine> quotedFirst(Category category, Signals signals, FlakyVerdict flaky) {
        List<RankedLine> ranked = signals.evidence().ranked();
        if (ranked.isEmpty() || flaky == null && namesPlace(ranked.get(0), signals.locations())) {
            return ranked;
        }
        Set<String> ofCategory = new HashSet<>();
        signals.evidence().ruleMatches().stream().filter(m -> m.rule().category() == category)
                .forEach(m -> ofCategory.add(m.rule().id()));
        List<RankedLine> considered = flaky != null ? ranked
                : ranked.subList(0, Math.min(HEADER_WINDOW, ranked.size()));
        List<RankedLine> ofDecided = considered.stream()
                .filter(r -> r.ruleIds().stream().anyMatch(ofCategory::contains)).toList();
        RankedLine placed = ofDecided.stream().filter(r -> namesPlace(r, signals.locations())).findFirst()
                .orElse(ofDecided.isEmpty() || flaky == null ? null : ofDecided.get(0));
        RankedLine best = placed != null || !isStackFrame(ranked.get(0)) ? placed
                : considered.stream().filter(r -> !isStackFrame(r)).findFirst().orElse(null);
        RankedLine first = best != null ? best : causeOverTheExit(category, signals, considered);
        if (first == null) {
            return ranked;
        }
        List<RankedLine> reordered = new ArrayList<>(ranked.size());
        reordered.add(first);
        ranked.stream().filter(r -> r != first).forEach(reordered::add);
        return reordered;
    }

    /** The best of the other considered lines that reads as a cause, where the best one only reports the exit. */
    private static RankedLine causeOverTheExit(Category category, Signals signals, List<RankedLine> considered) {
        if (category == Category.UNKNOWN || !saysOnlyThatTheStepFailed(considered.get(0),
                signals.structure().exitStatus())) {
            return null;
        }
        return considered.stream().skip(1).filter(r -> ErrorWords.readAsCause(r.line().text())).findFirst()
                .orElse(null);
    }

    /** The failing command's exit, unless its code tells what happened (a signal, timeout(1)'s 124). */
    private static boolean saysOnlyThatTheStepFailed(RankedLine line, ExitStatus exit) {
        return exit != null && exit.signal() == null && exit.number() == line.line().number()
                && Objects.equals(exit.source(), line.line().source());
    }

    private static boolean isStackFrame(RankedLine line) {
        return StackFrameLine.matches(line.line().text());
    }

    /**
     * The location read from a line that holds nothing but its place, rustc's {@code --> src/main.rs:3:10}, whose
     * message the compiler printed on the line above: quoting the line would name the place and say nothing.
     */
    private static Location placeOnly(RankedLine line, List<Location> locations) {
        EvidenceLine printed = line.line();
        for (Location location : locations) {
            if (location.number() == printed.number() && Objects.equals(location.source(), printed.source())
                    && location.message() != null && !location.message().isBlank()
                    && printed.text().replace(location.file(), "").codePoints().noneMatch(Character::isLetter)) {
                return location;
            }
        }
        return null;
    }

    /** True when the line names a location's file: quoting it names the place, so the summary need not add one. */
    private static boolean printsAPath(String quoted) {
        return quoted != null && PATH_AND_LINE.matcher(quoted).find();
    }

    private static boolean namesPlace(RankedLine line, List<Location> locations) {
        return locations.stream().anyMatch(location -> line.line().text().contains(location.file()));
    }

    /**
     * An {@code unknown} that is the most probable answer means the log says too little (a step that exits without
     * a message); one below the threshold means the classifier could not choose between causes.
     */
    private static String lead(Classification classification) {
        return switch (classification.category()) {
            case COMPILATION -> "The code did not compile";
            case TEST -> "A test failed";
            case FLAKY -> "A flaky test failed (it also passed on the same code)";
            case DEPENDENCY -> "A dependency could not be resolved";
            case INFRASTRUCTURE -> "The CI environment failed, not the code";
            case RESOURCE -> "The build ran out of a machine resource";
            case TIMEOUT -> "The build exceeded a time limit";
            case CONFIGURATION -> "The build or pipeline configuration is invalid";
            case QUALITY -> "A quality gate failed";
            case UNKNOWN -> classification.scores().get(Category.UNKNOWN) >= classification.confidence()
                    ? "The log does not show why the build failed"
                    : "The cause could not be determined with confidence";
        };
    }


    /**
     * Every rule that matched, those of the answer's category first, then by the rank of the best evidence line each
     * matched (rules off the ranked lines last, in the order they matched): the first hints are then the ones behind
     * the answer, not those of a consequence such as a linker's exit status after a full disk.
     */
    static List<RuleMatch> rulesByRelevance(Category answer, Evidence evidence) {
        Map<String, Integer> bestRank = new HashMap<>();
        List<RankedLine> ranked = evidence.ranked();
        for (int rank = 0; rank < ranked.size(); rank++) {
            for (String id : ranked.get(rank).ruleIds()) {
                bestRank.putIfAbsent(id, rank);
            }
        }
        return evidence.ruleMatches().stream()
                .sorted(Comparator.comparing((RuleMatch match) -> match.rule().category() != answer)
                        .thenComparing(match -> bestRank.getOrDefault(match.rule().id(), Integer.MAX_VALUE)))
                .toList();
    }
}
