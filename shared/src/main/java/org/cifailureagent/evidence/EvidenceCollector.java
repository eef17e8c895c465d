package org.cifailureagent.evidence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.LongPredicate;
import org.cifailureagent.normalize.LineKind;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.rules.RuleHit;
import org.cifailureagent.rules.RuleMatcher;
import org.cifailureagent.structure.BuildStructure;

/**
 * Scores every line as it streams by and keeps the best candidates, with their neighbours, in bounded memory. The
 * final ranking happens in {@link #finish}, when the failing step is known.
 */
public final class EvidenceCollector {
    static final int CONTEXT_LINES = 3;
    /** How many ranked lines a report shows. */
    public static final int MAX_RANKED = 20;
    private static final int MAX_CANDIDATES = 1_000;
    private static final int BLOCK_CANDIDATES = 100;
    private static final int CONTEXT_OF_TOP = 5;

    private static final Comparator<Candidate> WEAKEST_FIRST = Comparator
            .comparingDouble((Candidate c) -> c.baseScore)
            .thenComparing(Comparator.comparingLong((Candidate c) -> c.ordinal).reversed());

    private final RuleMatcher matcher;
    /** Lines before a failure marker are candidates even without keywords: they often name the cause. */
    static final int TAIL_LINES = 30;
    private static final double TAIL_SCORE = 0.5;

    private final ArrayDeque<Recent> recent = new ArrayDeque<>(TAIL_LINES + 1);
    private final PriorityQueue<Candidate> candidates = new PriorityQueue<>(WEAKEST_FIRST);
    private final List<Candidate> awaitingAfter = new ArrayList<>();
    private final Map<String, RuleMatchCounter> ruleMatches = new LinkedHashMap<>();
    private final WhiteListedLinks whiteListedLinks = new WhiteListedLinks();
    private long totalLines;
    private long failureMarkOrdinal;
    private long lastCommandOrdinal;
    /** The echo of the command whose exit is the failure mark ("$ cmd" in Travis or GitLab logs), or 0. */
    private long failingCommandOrdinal;

    /**
     * A line seen lately, kept so that it can still become a candidate when a failure marker follows, unless it is
     * {@code noEvidence} (a quoted script, a white-listed link).
     */
    private record Recent(NormalizedLine line, long ordinal, double score, String step, boolean noEvidence) {
    }

    /**
     * @param matcher finds, besides the rules' literals, keywords that begin with {@link #LINE_KEYWORDS} (see
     *        {@link RuleMatcher#alsoFind}), which the collector reads by their index
     */
    public EvidenceCollector(RuleMatcher matcher) {
        this.matcher = matcher;
    }

    /** The keywords and phrases that the collector reads in each line, in the order it reads them. */
    public static final List<String> LINE_KEYWORDS = ErrorKeywords.list();

    public void accept(NormalizedLine line, String step) {
        totalLines++;
        fillAfterContext(line);
        if (line.kind() == LineKind.COMMAND || line.text().startsWith("$ ")) {
            lastCommandOrdinal = totalLines;
        }
        boolean whiteListedLink = whiteListedLinks.holds(line.text());
        boolean canExplain = !whiteListedLink && !isFraming(line.kind()) && !PassedTestReport.matches(line.text());
        List<RuleHit> hits = canExplain ? matcher.match(line.source(), line.number(), line.text()) : List.of();
        for (RuleHit hit : hits) {
            ruleMatches.computeIfAbsent(hit.rule().id(), id -> new RuleMatchCounter(hit)).count++;
        }
        double score = LineScore.of(line, hits,
                canExplain ? ErrorKeywords.read(matcher.keywordsFound(), line.text()) : ErrorKeywords.Reading.NOTHING);
        if (score > 0) {
            offer(new Candidate(line, totalLines, score, hits.stream().map(RuleHit::rule).toList(), step,
                    before(recent.size())));
        }
        if (recent.size() == TAIL_LINES) {
            recent.removeFirst();
        }
        recent.addLast(new Recent(line, totalLines, score, step, whiteListedLink));
    }

    /**
     * Takes back the {@code count} lines before the one just accepted: they were a script quoted in a message (Travis
     * quotes a failed command of several lines so), and its words describe what was run, not what went wrong. Their
     * rules' matches still count and they stay context; they are no candidates, not even as the lines before a failure
     * marker.
     */
    public void forgetQuotedLines(int count) {
        long first = totalLines - count;
        long end = totalLines;
        LongPredicate quoted = ordinal -> ordinal >= first && ordinal < end;
        List<Recent> seen = new ArrayList<>(recent);
        recent.clear();
        for (Recent r : seen) {
            recent.addLast(quoted.test(r.ordinal()) ? new Recent(r.line(), r.ordinal(), r.score(), r.step(), true) : r);
        }
        candidates.removeIf(c -> quoted.test(c.ordinal));
        awaitingAfter.removeIf(c -> quoted.test(c.ordinal));
    }

    /**
     * Marks the line just accepted as the end of the failing command (its exit status). The lines before it that no
     * keyword made candidates become weak candidates, and the ranking favours lines close before this mark.
     */
    public void markFailure() {
        if (failureMarkOrdinal > 0) {
            return;
        }
        failureMarkOrdinal = totalLines;
        failingCommandOrdinal = lastCommandOrdinal;
        List<Recent> tail = new ArrayList<>(recent);
        String failingStep = stepOfLastOutput(tail);
        for (int i = 0; i < tail.size(); i++) {
            Recent r = tail.get(i);
            if (r.score() > 0 || r.noEvidence() || r.line().text().isBlank()
                    || !LineScore.canExplain(r.line().kind()) || !Objects.equals(r.step(), failingStep)) {
                continue;
            }
            List<NormalizedLine> before = new ArrayList<>();
            for (int j = Math.max(0, i - CONTEXT_LINES); j < i; j++) {
                before.add(tail.get(j).line());
            }
            Candidate c = new Candidate(r.line(), r.ordinal(), TAIL_SCORE, List.of(), r.step(), before);
            boolean complete = false;
            for (int j = i + 1; j < tail.size() && !complete; j++) {
                complete = c.addAfter(tail.get(j).line());
            }
            offer(c);
            if (complete) {
                awaitingAfter.remove(c);
            }
        }
    }

    /**
     * The step of the last output before the failure's mark (the mark itself left out): Jenkins reports a script's
     * exit after its stage has closed, and the lines before that stage (its git checkout's chatter) are no weak
     * evidence of the failure.
     */
    private static String stepOfLastOutput(List<Recent> tail) {
        for (int i = tail.size() - 2; i >= 0; i--) {
            Recent r = tail.get(i);
            if (!r.line().text().isBlank() && LineScore.canExplain(r.line().kind())) {
                return r.step();
            }
        }
        return null;
    }

    private List<NormalizedLine> before(int available) {
        List<NormalizedLine> lines = new ArrayList<>(CONTEXT_LINES);
        int skip = Math.max(0, available - CONTEXT_LINES);
        int i = 0;
        for (Recent r : recent) {
            if (i++ >= skip) {
                lines.add(r.line());
            }
        }
        return lines;
    }

    private static boolean isFraming(LineKind kind) {
        return kind == LineKind.PIPELINE || kind == LineKind.SECTION_START || kind == LineKind.SECTION_END
                || kind == LineKind.MASK || kind == LineKind.STEP_SCRIPT;
    }

    private void offer(Candidate candidate) {
        if (candidates.size() >= MAX_CANDIDATES) {
            if (WEAKEST_FIRST.compare(candidate, candidates.peek()) <= 0) {
                return;
            }
            candidates.poll();
        }
        candidates.add(candidate);
        awaitingAfter.add(candidate);
    }

    private void fillAfterContext(NormalizedLine line) {
        if (awaitingAfter.isEmpty()) {
            return;
        }
        Iterator<Candidate> it = awaitingAfter.iterator();
        while (it.hasNext()) {
            Candidate c = it.next();
            if (!c.line.source().equals(line.source())) {
                it.remove();
                continue;
            }
            if (c.addAfter(line)) {
                it.remove();
            }
        }
    }

    /** @param baseline the lines of a passing run of the same job, or null */
    public Evidence finish(BuildStructure structure, LineRanker ranker, PassingLogBaseline baseline) {
        List<Candidate> byRanker = Ranking.rank(new ArrayList<>(candidates), structure, failureMarkOrdinal,
                failingCommandOrdinal, totalLines, ranker, baseline);
        List<Candidate> ranked = spread(byRanker, ranker.spreadMargin());
        List<RankedLine> top = top(ranked);
        // Unspread, as fingerprints and the rules-only category have always read it.
        List<RankedLine> ruleRanked = ranker instanceof HeuristicLineRanker ? top(byRanker)
                : top(Ranking.rank(new ArrayList<>(candidates), structure, failureMarkOrdinal, failingCommandOrdinal,
                        totalLines, new HeuristicLineRanker(), baseline));
        List<RuleMatch> matches = ruleMatches.values().stream()
                .map(m -> new RuleMatch(m.first.rule(), m.count, m.first.source(), m.first.number()))
                .toList();
        return new Evidence(top, ruleRanked, context(ranked.subList(0, Math.min(CONTEXT_OF_TOP, ranked.size()))),
                blocks(ranked.subList(0, Math.min(BLOCK_CANDIDATES, ranked.size()))), matches, totalLines);
    }

    /** Spreads the new lines and, behind them, those the passing run also printed, without mixing the two. */
    private static List<Candidate> spread(List<Candidate> ranked, double margin) {
        int firstOld = 0;
        while (firstOld < ranked.size() && !ranked.get(firstOld).alsoInPassingRun) {
            firstOld++;
        }
        List<Candidate> spread = new ArrayList<>(spreadPart(ranked.subList(0, firstOld), margin));
        spread.addAll(spreadPart(ranked.subList(firstOld, ranked.size()), margin));
        return spread;
    }

    private static List<Candidate> spreadPart(List<Candidate> ranked, double margin) {
        return BlockSpread.apply(ranked, c -> c.line.source(), c -> c.line.number(), c -> c.line.text(),
                c -> c.finalScore, margin);
    }

    private static List<RankedLine> top(List<Candidate> ranked) {
        List<RankedLine> top = new ArrayList<>();
        for (Candidate c : ranked.subList(0, Math.min(MAX_RANKED, ranked.size()))) {
            top.add(new RankedLine(c.evidenceLine(), c.finalScore, c.ruleIds(), c.step));
        }
        return top;
    }

    /** Every candidate with its features, for training a line ranker: (source, number, features). */
    public List<CandidateRow> candidateRows(BuildStructure structure) {
        List<Candidate> all = new ArrayList<>(candidates);
        float[][] features = RankingFeatures.of(all, structure, failureMarkOrdinal, failingCommandOrdinal, totalLines);
        List<CandidateRow> rows = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            NormalizedLine line = all.get(i).line;
            rows.add(new CandidateRow(line.source(), line.number(), line.text(), features[i]));
        }
        return rows;
    }

    /** A candidate line as training data for a line ranker. */
    public record CandidateRow(String source, long number, String text, float[] features) {
    }

    private static List<EvidenceLine> context(List<Candidate> top) {
        List<EvidenceLine> lines = new ArrayList<>();
        for (LogBlock block : blocks(top)) {
            for (NormalizedLine line : block.lines()) {
                lines.add(new EvidenceLine(line.source(), line.number(), line.text()));
            }
        }
        return lines;
    }

    /** The windows around the given candidates, in log order, overlapping windows merged. */
    static List<LogBlock> blocks(List<Candidate> chosen) {
        List<Candidate> inOrder = new ArrayList<>(chosen);
        inOrder.sort(Comparator.comparingLong(c -> c.ordinal));
        List<LogBlock> blocks = new ArrayList<>();
        List<NormalizedLine> current = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String source = null;
        long last = Long.MIN_VALUE;
        for (Candidate c : inOrder) {
            List<NormalizedLine> window = new ArrayList<>(c.before);
            window.add(c.line);
            window.addAll(c.after);
            for (NormalizedLine line : window) {
                if (!seen.add(line.source() + '\n' + line.number())) {
                    continue;
                }
                if (source != null && (!line.source().equals(source) || line.number() != last + 1)) {
                    blocks.add(new LogBlock(source, current));
                    current = new ArrayList<>();
                }
                current.add(line);
                source = line.source();
                last = line.number();
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new LogBlock(source, current));
        }
        return blocks;
    }

    private static final class RuleMatchCounter {
        final RuleHit first;
        int count;

        RuleMatchCounter(RuleHit first) {
            this.first = first;
        }
    }

}
