package org.cifailureagent.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds, for a regular expression (RE2 syntax), what every match must contain, so that the matcher runs the
 * expression only on lines that could match: a set of literals of which every match holds at least one (found for
 * all patterns with one Aho-Corasick pass), or else, for a pattern anchored at the line's start, the texts a match
 * starts with (checked in constant time). The analysis is conservative: whatever it does not understand counts as
 * "anything", and a pattern it cannot reduce runs on every line.
 *
 * <p>It follows RE2's own prefilter: each piece of the expression is described by the finite set of strings it
 * matches exactly (when small), or by sets of prefixes and suffixes that every match starts or ends with and a set
 * of which every match contains one. Concatenation multiplies small sets ({@code (FAIL|ERROR): } gives
 * {@code fail: , error: }; {@code \d+\) } gives {@code 0) … 9) }), alternation unites them. A pattern may require
 * several such sets at once ({@code Tests run: \d+, Failures: \d+, Errors: [1-9]} needs {@code tests run: } and
 * one of {@code , errors: 1 … 9}): a line must hold one literal of each. Letters are compared case-folded, so a
 * case-insensitive pattern passes the same prefilter.
 */
final class RequiredLiterals {
    static final int MIN_LENGTH = 3;
    /** Largest exact, prefix or suffix set kept; beyond it a cross product is not formed. */
    private static final int MAX_SET = 16;
    /** Largest set of alternative literals for one pattern. */
    private static final int MAX_REQUIRED = 64;
    /** Most sets of literals required together; the best ones are kept. */
    static final int MAX_SETS = 6;
    /** Largest character class taken as a set of single characters (the ten digits). */
    private static final int MAX_CLASS = 10;
    /** Repetitions beyond this count add nothing useful to a literal. */
    private static final int MAX_REPEAT = 4;

    private RequiredLiterals() {
    }

    /**
     * Literals (case-folded) of which every match contains one, or an empty list when the pattern has no set of
     * literals of at least {@link #MIN_LENGTH} characters.
     */
    static List<String> of(String regex) {
        List<List<String>> all = allOf(regex);
        return all.isEmpty() ? List.of() : all.get(0);
    }

    /**
     * Sets of literals (case-folded) that a match needs all of: one literal of each set, the best set first. A line
     * that lacks one cannot match. Empty when the pattern has no usable literal.
     */
    static List<List<String>> allOf(String regex) {
        Info info = parse(regex);
        return info == null ? List.of() : info.required.stream().map(List::copyOf).toList();
    }

    /**
     * For a pattern anchored at the line's start ({@code ^…} or {@code ^\s*…}): the texts (case-folded, not empty)
     * one of which a matching line starts with, after its leading white space when {@code skipsSpace}; else null.
     */
    static LineStart lineStart(String regex) {
        if (!regex.startsWith("^") || topLevelAlternatives(regex) > 1) {
            return null;
        }
        String rest = regex.substring(1);
        boolean skipsSpace = false;
        for (String space : List.of("\\s*?", "\\s+?", "\\s*", "\\s+")) {
            if (rest.startsWith(space)) {
                rest = rest.substring(space.length());
                skipsSpace = true;
                break;
            }
        }
        Info info = parse(rest);
        Set<String> starts = info == null ? null : info.prefixes();
        if (starts == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (String start : starts) {
            // After skipping all leading white space, a start's own leading white space is gone too.
            String text = skipsSpace ? start.substring(leadingSpace(start, 0)) : start;
            if (text.isEmpty()) {
                return null;
            }
            texts.add(text);
        }
        return new LineStart(List.copyOf(texts), skipsSpace);
    }

    /** A line can match only if it starts (after its leading white space, when {@code skipsSpace}) with a text. */
    record LineStart(List<String> texts, boolean skipsSpace) {
        boolean admits(String line) {
            int from = skipsSpace ? leadingSpace(line, 0) : 0;
            for (String text : texts) {
                if (line.regionMatches(true, from, text, 0, text.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The index after the white space ({@code \s} of RE2: space, tab, LF, FF, CR) that starts at {@code from}. */
    static int leadingSpace(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    /** The case folding of the prefilter: characters that RE2's (?i) treats as one fold to the same character. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(fold(text.charAt(i)));
        }
        return out.toString();
    }

    /**
     * What is known of the strings a piece of a pattern matches; a null set means "nothing known".
     *
     * @param exact    all the strings it matches
     * @param prefix   every match starts with one of these
     * @param suffix   every match ends with one of these
     * @param required every match contains one of each of these sets (the best usable sets, best first)
     */
    private record Info(Set<String> exact, Set<String> prefix, Set<String> suffix, List<Set<String>> required) {
        static final Info ANYTHING = new Info(null, null, null, List.of());
        static final Info EMPTY = exactly(Set.of(""));

        static Info exactly(Set<String> strings) {
            return new Info(strings, strings, strings, keepBest(List.of(strings)));
        }

        static Info of(Set<String> prefix, Set<String> suffix, List<Set<String>> required) {
            List<Set<String>> all = new ArrayList<>(required);
            all.add(prefix);
            all.add(suffix);
            return new Info(null, prefix, suffix, keepBest(all));
        }

        /** The best set that every match contains one of, or null. */
        Set<String> best() {
            return required.isEmpty() ? null : required.get(0);
        }

        Set<String> prefixes() {
            return exact != null ? exact : prefix;
        }

        Set<String> suffixes() {
            return exact != null ? exact : suffix;
        }

        /** The same knowledge without the exact set: what stays true when more may follow or precede. */
        Info inexact() {
            return exact == null ? this : of(exact, exact, List.of());
        }
    }

    private static Info concat(Info a, Info b) {
        if (a.exact != null && b.exact != null) {
            Set<String> product = product(a.exact, b.exact);
            if (product != null) {
                return Info.exactly(product);
            }
        }
        Set<String> prefix = a.exact == null ? a.prefix : orElse(product(a.exact, b.prefixes()), a.exact);
        Set<String> suffix = b.exact == null ? b.suffix : orElse(product(a.suffixes(), b.exact), b.exact);
        List<Set<String>> required = new ArrayList<>(a.required);
        required.addAll(b.required);
        required.add(product(a.suffixes(), b.prefixes()));
        return Info.of(prefix, suffix, required);
    }

    private static Info alternate(List<Info> alternatives) {
        Set<String> exact = unite(alternatives, Info::exact, MAX_SET);
        if (exact != null) {
            return Info.exactly(exact);
        }
        // Of each alternative only its best set can be united with the others'.
        List<Set<String>> required = new ArrayList<>();
        required.add(unite(alternatives, Info::best, MAX_REQUIRED));
        return Info.of(unite(alternatives, Info::prefixes, MAX_SET), unite(alternatives, Info::suffixes, MAX_SET),
                required);
    }

    /** {@code x{min,max}}, max negative when unbounded. */
    private static Info repeat(Info x, int min, int max) {
        if (min == 0) {
            if (max == 1 && x.exact != null && x.exact.size() < MAX_SET) {
                Set<String> optional = new LinkedHashSet<>(x.exact);
                optional.add("");
                return Info.exactly(optional);
            }
            return max == 0 ? Info.EMPTY : Info.ANYTHING;
        }
        // x{n,m} is x^n x{0,m-n} and also x{0,m-n} x^n: prefixes and suffixes of x^n hold for it.
        Info power = x;
        for (int i = 1; i < Math.min(min, MAX_REPEAT); i++) {
            power = concat(power, x);
        }
        return min == max && min <= MAX_REPEAT ? power : power.inexact();
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        if (a == null || b == null || (long) a.size() * b.size() > MAX_SET) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    private static Set<String> unite(List<Info> infos, java.util.function.Function<Info, Set<String>> part, int max) {
        Set<String> out = new LinkedHashSet<>();
        for (Info info : infos) {
            Set<String> set = part.apply(info);
            if (set == null) {
                return null;
            }
            out.addAll(set);
        }
        return out.size() <= max ? out : null;
    }

    private static Set<String> orElse(Set<String> set, Set<String> other) {
        return set != null ? set : other;
    }

    /**
     * The usable sets, best first, at most {@link #MAX_SETS}, without variants of a better one: each literal of
     * {@code 0, failures: … 9, failures: } holds {@code , failures: }, and the ten literals would add little but
     * size to the automaton.
     */
    private static List<Set<String>> keepBest(List<Set<String>> sets) {
        if (sets.size() == 1) {
            // Every exact piece of every pattern comes here, character by character: no stream for one set.
            return score(sets.get(0)) > 0 ? List.of(sets.get(0)) : List.of();
        }
        List<Set<String>> kept = new ArrayList<>();
        sets.stream().filter(set -> score(set) > 0).distinct()
                .sorted(java.util.Comparator.comparingInt(RequiredLiterals::score).reversed())
                .forEach(set -> {
                    if (kept.stream().noneMatch(k -> implies(k, set) || implies(set, k))) {
                        kept.add(set);
                    }
                });
        return kept.size() <= MAX_SETS ? kept : List.copyOf(kept.subList(0, MAX_SETS));
    }

    /** Whether a line holding a literal of {@code a} surely holds one of {@code b}. */
    private static boolean implies(Set<String> a, Set<String> b) {
        return a.stream().allMatch(x -> b.stream().anyMatch(x::contains));
    }

    /** Longer literals are rarer; each alternative costs as much as a fifth of a character. Zero: unusable. */
    private static int score(Collection<String> set) {
        if (set == null || set.isEmpty()) {
            return 0;
        }
        int shortest = Integer.MAX_VALUE;
        for (String s : set) {
            shortest = Math.min(shortest, s.length());
        }
        return shortest < MIN_LENGTH ? 0 : Math.min(shortest, 1_000) * 100 - set.size() * 20;
    }

    private static Info parse(String regex) {
        Parser parser = new Parser(regex);
        try {
            Info info = parser.alternation();
            return parser.at == regex.length() ? info : null;
        } catch (RuntimeException | StackOverflowError e) {
            // Syntax this reader does not follow (RE2/J compiled the pattern already), or groups nested deeper than
            // the stack allows: no prefilter, which is safe.
            return null;
        }
    }

    private static int topLevelAlternatives(String regex) {
        int count = 1;
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = Parser.endOfClass(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                count++;
            }
        }
        return count;
    }

    /** A recursive-descent reader of RE2 syntax that computes {@link Info} instead of a syntax tree. */
    private static final class Parser {
        private final String regex;
        private int at;

        Parser(String regex) {
            this.regex = regex;
        }

        Info alternation() {
            List<Info> alternatives = new ArrayList<>();
            alternatives.add(concatenation());
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                alternatives.add(concatenation());
            }
            return alternatives.size() == 1 ? alternatives.get(0) : alternate(alternatives);
        }

        /**
         * Runs of exact pieces are joined first, so that a literal after an inexact piece stays whole ({@code \d+,
         * Failures: } keeps {@code , failures: } besides the suffixes {@code 0, failures: …}).
         */
        private Info concatenation() {
            List<Info> pieces = new ArrayList<>();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                Info piece = repetition();
                int last = pieces.size() - 1;
                Set<String> joined = last >= 0 && pieces.get(last).exact != null && piece.exact != null
                        ? product(pieces.get(last).exact, piece.exact) : null;
                if (joined != null) {
                    pieces.set(last, Info.exactly(joined));
                } else {
                    pieces.add(piece);
                }
            }
            Info info = Info.EMPTY;
            for (Info piece : pieces) {
                info = concat(info, piece);
            }
            return info;
        }

        private Info repetition() {
            Info info = atom();
            while (at < regex.length()) {
                char c = regex.charAt(at);
                int min;
                int max;
                if (c == '*' || c == '+' || c == '?') {
                    min = c == '+' ? 1 : 0;
                    max = c == '?' ? 1 : -1;
                    at++;
                } else if (c == '{' && isRepeat(at)) {
                    int close = regex.indexOf('}', at);
                    String[] bounds = regex.substring(at + 1, close).split(",", -1);
                    min = Integer.parseInt(bounds[0]);
                    max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
                    at = close + 1;
                } else {
                    break;
                }
                if (at < regex.length() && regex.charAt(at) == '?') {
                    at++; // lazy: matches the same strings
                }
                info = repeat(info, min, max);
            }
            return info;
        }

        /** RE2 reads {@code {} as a repetition only in the forms {n}, {n,} and {n,m}; otherwise it is literal. */
        private boolean isRepeat(int open) {
            int close = regex.indexOf('}', open);
            return close > open + 1 && regex.substring(open + 1, close).matches("\\d{1,4}(,\\d{0,4})?");
        }

        private Info atom() {
            char c = regex.charAt(at++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '.':
                    return Info.ANYTHING;
                case '^':
                case '$':
                    return Info.EMPTY;
                case '\\':
                    return escape();
                default:
                    return literal(c);
            }
        }

        private static Info literal(char c) {
            return Info.exactly(Set.of(String.valueOf(fold(c))));
        }

        private Info group() {
            if (regex.startsWith("?", at)) {
                int close = regex.indexOf(')', at);
                int colon = regex.indexOf(':', at);
                if (regex.startsWith("?P<", at) || regex.startsWith("?<", at)) {
                    at = regex.indexOf('>', at) + 1;
                } else if (colon >= 0 && (close < 0 || colon < close)) {
                    at = colon + 1; // (?:…) or (?flags:…); flags change case or dot matching, not literals
                } else {
                    at = close + 1; // (?flags) alone matches the empty string
                    return Info.EMPTY;
                }
            }
            Info info = alternation();
            if (regex.charAt(at) != ')') {
                throw new IllegalArgumentException("unclosed group");
            }
            at++;
            return info;
        }

        private Info escape() {
            char c = regex.charAt(at++);
            if (c == 'Q') {
                int end = regex.indexOf("\\E", at);
                String text = end < 0 ? regex.substring(at) : regex.substring(at, end);
                at = end < 0 ? regex.length() : end + 2;
                return Info.exactly(Set.of(fold(text)));
            }
            if (c == 'd') {
                return Info.exactly(digits());
            }
            if (c == 'b' || c == 'B' || c == 'A' || c == 'z') {
                return Info.EMPTY;
            }
            if (c == 'n' || c == 't' || c == 'r' || c == 'f') {
                return literal(c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : '\f');
            }
            if (Character.isLetterOrDigit(c)) {
                skipEscapeArgument(c);
                return Info.ANYTHING; // \w, \s, \pN, \x41, \101 …: a character this reader does not spell out
            }
            return literal(c);
        }

        /** The hex digits of \x41 or \x{41}, the name of \pN or \p{Greek}, the octal digits of \101. */
        private void skipEscapeArgument(char kind) {
            if ((kind == 'x' || kind == 'p' || kind == 'P') && regex.startsWith("{", at)) {
                at = regex.indexOf('}', at) + 1;
            } else if (kind == 'x') {
                at += 2;
            } else if (kind == 'p' || kind == 'P') {
                at += 1;
            } else if (kind >= '0' && kind <= '7') {
                int start = at - 1;
                while (at < regex.length() && at < start + 3 && regex.charAt(at) >= '0' && regex.charAt(at) <= '7') {
                    at++;
                }
            }
        }

        private static Set<String> digits() {
            Set<String> digits = new LinkedHashSet<>();
            for (char d = '0'; d <= '9'; d++) {
                digits.add(String.valueOf(d));
            }
            return digits;
        }

        /** A small class of plain characters ([234], [aA]) is a set of strings; any other is "anything". */
        private Info characterClass() {
            int open = at - 1;
            int close = endOfClass(regex, open);
            at = close + 1;
            String body = regex.substring(open + 1, close);
            if (body.startsWith("^") || body.contains("[:")) {
                return Info.ANYTHING;
            }
            Set<String> chars = new LinkedHashSet<>();
            int i = 0;
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '\\') {
                    char escaped = i + 1 < body.length() ? body.charAt(i + 1) : '\\';
                    if (escaped == 'd') {
                        chars.addAll(digits());
                    } else if (Character.isLetterOrDigit(escaped)) {
                        return Info.ANYTHING;
                    } else {
                        chars.add(String.valueOf(fold(escaped)));
                    }
                    i += 2;
                } else if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                    char to = body.charAt(i + 2);
                    if (to == '\\' || to - c > MAX_CLASS) {
                        return Info.ANYTHING;
                    }
                    for (char r = c; r <= to; r++) {
                        chars.add(String.valueOf(fold(r)));
                    }
                    i += 3;
                } else {
                    chars.add(String.valueOf(fold(c)));
                    i++;
                }
                if (chars.size() > MAX_CLASS) {
                    return Info.ANYTHING;
                }
            }
            return chars.isEmpty() ? Info.ANYTHING : Info.exactly(chars);
        }

        /** The index of the {@code ]} that closes the class opened at {@code open}. */
        static int endOfClass(String regex, int open) {
            int i = open + 1;
            if (i < regex.length() && regex.charAt(i) == '^') {
                i++;
            }
            if (i < regex.length() && regex.charAt(i) == ']') {
                i++;
            }
            while (i < regex.length() && regex.charAt(i) != ']') {
                if (regex.charAt(i) == '\\') {
                    i++;
                } else if (regex.startsWith("[:", i)) {
                    // A POSIX class such as [:alpha:] ends with its own ":]", not the class's "]".
                    int close = regex.indexOf(":]", i + 2);
                    i = close < 0 ? i : close + 1;
                }
                i++;
            }
            if (i >= regex.length()) {
                throw new IllegalArgumentException("unclosed class");
            }
            return i;
        }
    }
}
