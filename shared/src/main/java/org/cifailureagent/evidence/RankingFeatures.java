package org.cifailureagent.evidence;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cifailureagent.normalize.LineKind;
import org.cifailureagent.normalize.LineShape;
import org.cifailureagent.normalize.NormalizedLine;
import org.cifailureagent.rules.Rule;
import org.cifailureagent.structure.BuildStructure;
import org.cifailureagent.structure.Step;
import org.cifailureagent.taxonomy.Category;

/**
 * Describes each candidate line by numbers a ranker can weigh: its own evidence (rules, keywords), its place in the
 * log (distance to the failing command's exit, failing step, first of its kind), and its shape. The order of the
 * features is a versioned contract with the trained line-ranking model ({@link #SCHEMA_VERSION}).
 */
public final class RankingFeatures {
    /**
     * Bump when features are added, removed or change meaning; a model trained on another version is refused. Since
     * version 6 a model line ranker reads {@code WordEvidence}'s columns after these.
     */
    public static final int SCHEMA_VERSION = 6;

    public static final List<String> NAMES = List.of(
            "base_score", "rule_weight", "keyword_weight", "consequence", "non_error", "ci_error", "ci_warning",
            "has_failure_mark", "lines_before_mark", "after_mark", "relative_position", "in_failing_step",
            "first_of_rule", "same_shape_count", "length", "indent", "digit_share", "upper_share", "file_line",
            "maven_error", "warning_prefix", "pytest_e", "word_error", "word_fail", "exception_word", "stack_frame",
            "tail_candidate", "base_rank", "candidates_before_mark", "prev_keyword", "next_keyword",
            "first_strong", "strong_order", "block_start", "candidate_count", "log_lines",
            "cat_compilation", "cat_test", "cat_flaky", "cat_dependency", "cat_infrastructure", "cat_resource",
            "cat_timeout", "cat_configuration", "cat_quality", "cat_unknown",
            "gap_before", "gap_after", "run_length", "prev_rule_weight", "next_rule_weight",
            "shape_order", "prefix_count", "prefix_order", "error_order", "errors_after", "lines_to_end",
            "run_offset", "prev_blank", "next_indented", "next_stack_frame", "ends_colon", "prev_separator",
            "next_caret", "code_like", "symbol_share", "lines_after_first_error",
            "lines_after_command", "errors_in_command_before", "count_pairs");

    private static final int FIRST_ORDER_FEATURE = NAMES.indexOf("shape_order");

    /** After the named features: hashed buckets of the line's first words, which tell what kind of line it is. */
    public static final int PREFIX_BUCKETS = 64;
    private static final int PREFIX_WORDS = 2;
    private static final int FIRST_PREFIX_COLUMN = NAMES.size();
    /**
     * After the prefix buckets: hashed buckets counting all the line's words, which tell what a line is about (a
     * missing symbol, a refused connection) wherever the words stand.
     */
    public static final int WORD_BUCKETS = 128;
    static final int FIRST_WORD_COLUMN = FIRST_PREFIX_COLUMN + PREFIX_BUCKETS;
    public static final int COLUMNS = FIRST_WORD_COLUMN + WORD_BUCKETS;

    static final double STRONG_SCORE = 20;
    private static final Pattern FILE_LINE = Pattern.compile("\\S+\\.[A-Za-z]{1,5}[:(\\[]\\d+");
    private static final Pattern EXCEPTION_WORD = Pattern.compile("[A-Z][A-Za-z]+(Error|Exception|Failure)\\b");
    /** A line drawn of one repeated character (====, ----, ____, ***) or framing a title with them. */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(={4,}|-{4,}|_{4,}|\\*{4,}|#{4,}|~{4,})");
    /**
     * A count of a test runner's summary: "Failures: 1", "Tests run: 3", "2 failed", "3 passed", "4 total". Summaries
     * print several; the failure they count is told in detail elsewhere, mostly before them.
     */
    private static final Pattern COUNT_PAIR = Pattern.compile("(?i)\\b(tests run|tests|failures|errors|skipped|passed"
            + "|failed|pending|assertions): *\\d+\\b|\\b\\d+ (tests?|failures?|errors?|skipped|passed|failed|pending"
            + "|examples?|assertions?|total)\\b");
    /** The caret line under a quoted source line, as javac, gcc, rustc and tsc print it. */
    private static final Pattern CARET = Pattern.compile("^[\\s|~]*\\^[\\s^~-]*$");
    /** Ends as a line of code or shell script does: a quoted source line or an echoed script, not a message. */
    private static final Pattern CODE_LIKE = Pattern.compile("([;{}\\\\]|^\\s*(fi|else|then|done|do|end))\\s*$");
    /** Candidates with a rule, or else with at least this base score, count as errors in the order features. */
    private static final int ERROR_BASE_SCORE = 6;

    private RankingFeatures() {
    }

    /**
     * Features of every candidate, in the order of {@code candidates}.
     *
     * @param failingCommand ordinal of the failing command's echo line, or 0 when unknown: its output, up to the
     *     failure mark, is where the cause is printed first
     */
    static float[][] of(List<Candidate> candidates, BuildStructure structure, long failureMark, long failingCommand,
                        long totalLines) {
        List<Candidate> byOrdinal = new ArrayList<>(candidates);
        byOrdinal.sort(Comparator.comparingLong(c -> c.ordinal));
        Map<Candidate, Integer> baseRank = baseRanks(candidates);
        Map<String, Integer> shapeCounts = new HashMap<>();
        for (Candidate c : candidates) {
            shapeCounts.merge(LineShape.of(c.line.text()), 1, Integer::sum);
        }
        Set<String> rulesSeen = new HashSet<>();
        Map<Candidate, float[]> out = new HashMap<>();
        Step failing = structure.failingStep();
        boolean stepsTell = failing != null && structure.steps().size() > 1;
        int strongSeen = 0;
        int candidatesAfterMark = 0;
        for (Candidate c : byOrdinal) {
            if (failureMark > 0 && c.ordinal > failureMark) {
                candidatesAfterMark++;
            }
        }
        Map<String, Integer> prefixCounts = new HashMap<>();
        int errors = 0;
        long firstError = -1;
        for (Candidate c : byOrdinal) {
            prefixCounts.merge(prefixKey(c.line.text()), 1, Integer::sum);
            if (isError(c)) {
                errors++;
                if (firstError < 0) {
                    firstError = c.ordinal;
                }
            }
        }
        Map<String, Integer> shapesSeen = new HashMap<>();
        Map<String, Integer> prefixesSeen = new HashMap<>();
        int errorsSeen = 0;
        int errorsInCommand = 0;
        int index = 0;
        for (Candidate c : byOrdinal) {
            float[] f = new float[COLUMNS];
            String text = c.line.text();
            int ruleWeight = 0;
            Category ruleCategory = null;
            boolean firstOfRule = false;
            for (Rule rule : c.rules) {
                if (rule.weight() > ruleWeight) {
                    ruleWeight = rule.weight();
                    ruleCategory = rule.category();
                }
                firstOfRule |= rulesSeen.add(rule.id());
            }
            ErrorKeywords.Reading keywords = ErrorKeywords.read(text);
            f[0] = (float) c.baseScore;
            f[1] = ruleWeight;
            f[2] = keywords.weight();
            f[3] = keywords.consequence() ? 1 : 0;
            f[4] = keywords.nonError() ? 1 : 0;
            f[5] = c.line.kind() == LineKind.CI_ERROR ? 1 : 0;
            f[6] = c.line.kind() == LineKind.CI_WARNING ? 1 : 0;
            f[7] = failureMark > 0 ? 1 : 0;
            f[8] = failureMark > 0 && c.ordinal <= failureMark ? failureMark - c.ordinal : Float.NaN;
            f[9] = failureMark > 0 && c.ordinal > failureMark ? 1 : 0;
            f[10] = totalLines == 0 ? 0 : (float) c.ordinal / totalLines;
            f[11] = stepsTell && inStep(c, failing) ? 1 : 0;
            f[12] = firstOfRule ? 1 : 0;
            f[13] = shapeCounts.get(LineShape.of(text));
            f[14] = text.length();
            f[15] = indent(text);
            f[16] = share(text, Character::isDigit);
            f[17] = share(text, Character::isUpperCase);
            f[18] = FILE_LINE.matcher(text).find() ? 1 : 0;
            f[19] = text.startsWith("[ERROR]") ? 1 : 0;
            f[20] = text.startsWith("[WARNING]") || text.startsWith("WARN") || text.startsWith("npm WARN") ? 1 : 0;
            f[21] = text.startsWith("E ") ? 1 : 0;
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            f[22] = lower.contains("error") ? 1 : 0;
            f[23] = lower.contains("fail") ? 1 : 0;
            f[24] = EXCEPTION_WORD.matcher(text).find() ? 1 : 0;
            f[25] = StackFrameLine.matches(text) ? 1 : 0;
            f[26] = c.rules.isEmpty() && c.baseScore < 1 ? 1 : 0;
            f[27] = baseRank.get(c);
            f[28] = failureMark > 0 ? countBetween(byOrdinal, index, failureMark) : Float.NaN;
            f[29] = c.before.isEmpty() ? 0 : ErrorKeywords.weight(c.before.get(c.before.size() - 1).text());
            f[30] = c.after.isEmpty() ? 0 : ErrorKeywords.weight(c.after.get(0).text());
            boolean strong = c.baseScore >= STRONG_SCORE;
            f[31] = strong && strongSeen == 0 ? 1 : 0;
            f[32] = strong ? strongSeen : Float.NaN;
            if (strong) {
                strongSeen++;
            }
            f[33] = isBlockStart(c) ? 1 : 0;
            f[34] = candidates.size();
            f[35] = totalLines;
            if (ruleCategory != null) {
                f[36 + ruleCategory.ordinal()] = 1;
            }
            Candidate previous = index > 0 ? byOrdinal.get(index - 1) : null;
            Candidate next = index + 1 < byOrdinal.size() ? byOrdinal.get(index + 1) : null;
            f[46] = previous == null ? Float.NaN : c.ordinal - previous.ordinal;
            f[47] = next == null ? Float.NaN : next.ordinal - c.ordinal;
            f[48] = runLength(byOrdinal, index);
            f[49] = previous == null ? 0 : maxWeight(previous);
            f[50] = next == null ? 0 : maxWeight(next);
            int at = FIRST_ORDER_FEATURE;
            f[at++] = shapesSeen.merge(LineShape.of(text), 1, Integer::sum) - 1;
            String prefix = prefixKey(text);
            f[at++] = prefixCounts.get(prefix);
            f[at++] = prefixesSeen.merge(prefix, 1, Integer::sum) - 1;
            f[at++] = errorsSeen;
            boolean error = isError(c);
            f[at++] = errors - errorsSeen - (error ? 1 : 0);
            if (error) {
                errorsSeen++;
            }
            f[at++] = totalLines - c.ordinal;
            f[at++] = runOffset(byOrdinal, index);
            String previousText = c.before.isEmpty() ? "" : c.before.get(c.before.size() - 1).text();
            String nextText = c.after.isEmpty() ? "" : c.after.get(0).text();
            f[at++] = previousText.isBlank() ? 1 : 0;
            f[at++] = !nextText.isBlank() && indent(nextText) > indent(text) ? 1 : 0;
            f[at++] = StackFrameLine.matches(nextText) ? 1 : 0;
            f[at++] = text.strip().endsWith(":") ? 1 : 0;
            f[at++] = SEPARATOR.matcher(previousText).find() ? 1 : 0;
            f[at++] = !nextText.isBlank() && CARET.matcher(nextText).matches() ? 1 : 0;
            f[at++] = CODE_LIKE.matcher(text).find() ? 1 : 0;
            f[at++] = share(text, ch -> !Character.isLetterOrDigit(ch) && !Character.isWhitespace(ch));
            f[at++] = firstError < 0 ? Float.NaN : c.ordinal - firstError;
            boolean inCommand = failingCommand > 0 && c.ordinal > failingCommand && c.ordinal <= failureMark;
            f[at++] = inCommand ? c.ordinal - failingCommand : Float.NaN;
            f[at++] = inCommand ? errorsInCommand : Float.NaN;
            if (inCommand && error) {
                errorsInCommand++;
            }
            f[at] = countPairs(text);
            String[] shape = shapeWords(text);
            for (String word : prefixWords(shape)) {
                f[FIRST_PREFIX_COLUMN + Math.floorMod(word.hashCode(), PREFIX_BUCKETS)] += 1;
            }
            for (String word : words(shape)) {
                f[wordColumn(word)] += 1;
            }
            out.put(c, f);
            index++;
        }
        float[][] rows = new float[candidates.size()][];
        for (int i = 0; i < candidates.size(); i++) {
            rows[i] = out.get(candidates.get(i));
        }
        return rows;
    }

    /** How many test counts the line holds: two or more make a test runner's summary line. */
    static int countPairs(String text) {
        int n = 0;
        Matcher m = COUNT_PAIR.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Map<Candidate, Integer> baseRanks(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble((Candidate c) -> -c.baseScore).thenComparingLong(c -> c.ordinal));
        Map<Candidate, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(sorted.get(i), i);
        }
        return ranks;
    }

    private static int countBetween(List<Candidate> byOrdinal, int index, long failureMark) {
        int n = 0;
        for (int i = index + 1; i < byOrdinal.size() && byOrdinal.get(i).ordinal <= failureMark; i++) {
            n++;
        }
        return n;
    }

    /** How many candidates stand on consecutive lines with this one. */
    private static int runLength(List<Candidate> byOrdinal, int index) {
        int first = index;
        while (first > 0 && byOrdinal.get(first - 1).ordinal == byOrdinal.get(first).ordinal - 1) {
            first--;
        }
        int last = index;
        while (last + 1 < byOrdinal.size() && byOrdinal.get(last + 1).ordinal == byOrdinal.get(last).ordinal + 1) {
            last++;
        }
        return last - first + 1;
    }

    /** Errors for the order features: a rule matched, or the line scored as strongly as a clear error keyword. */
    private static boolean isError(Candidate c) {
        return !c.rules.isEmpty() || c.baseScore >= ERROR_BASE_SCORE;
    }

    private static String prefixKey(String text) {
        return String.join(" ", prefixWords(text));
    }

    /** How many candidates on consecutive lines stand right before this one. */
    private static int runOffset(List<Candidate> byOrdinal, int index) {
        int first = index;
        while (first > 0 && byOrdinal.get(first - 1).ordinal == byOrdinal.get(first).ordinal - 1) {
            first--;
        }
        return index - first;
    }

    private static int maxWeight(Candidate c) {
        int weight = 0;
        for (Rule rule : c.rules) {
            weight = Math.max(weight, rule.weight());
        }
        return weight;
    }

    /** The first words of the line's shape, lower-cased: "[error]", "fail:", "e", "npm err!" and the like. */
    static List<String> prefixWords(String text) {
        return prefixWords(shapeWords(text));
    }

    /** The line's shape, lower-cased, split at single spaces (two spaces leave an empty word between them). */
    private static String[] shapeWords(String text) {
        return LineShape.of(text).strip().toLowerCase(java.util.Locale.ROOT).split(" ");
    }

    private static List<String> prefixWords(String[] words) {
        List<String> prefix = new ArrayList<>(PREFIX_WORDS);
        for (int i = 0; i < Math.min(PREFIX_WORDS, words.length); i++) {
            if (!words[i].isEmpty()) {
                prefix.add(i + ":" + words[i]);
            }
        }
        return prefix;
    }

    /** The column of the bucket that counts {@code word}. */
    static int wordColumn(String word) {
        return FIRST_WORD_COLUMN + Math.floorMod(word.hashCode(), WORD_BUCKETS);
    }

    /** All the words of the line's shape, lower-cased, split at spaces. */
    public static List<String> words(String text) {
        return words(shapeWords(text));
    }

    private static List<String> words(String[] shape) {
        List<String> words = new ArrayList<>(shape.length);
        for (String word : shape) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isBlockStart(Candidate c) {
        if (c.before.isEmpty()) {
            return true;
        }
        NormalizedLine previous = c.before.get(c.before.size() - 1);
        return previous.text().isBlank() || indent(previous.text()) > indent(c.line.text());
    }

    static boolean inStep(Candidate c, Step step) {
        return c.line.source().equals(step.source()) && c.line.number() >= step.firstLine()
                && c.line.number() <= step.lastLine();
    }

    private static int indent(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static float share(String text, java.util.function.IntPredicate predicate) {
        if (text.isEmpty()) {
            return 0;
        }
        return (float) text.chars().filter(predicate).count() / text.length();
    }
}
