package org.cifailureagent.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds, for a regular expression, literals of which every match must contain at least one (lower-cased). The
 * matcher looks for these with one Aho-Corasick pass and runs the expression only on lines that hold one. The
 * analysis is conservative: a pattern it cannot reduce gets no literals and runs on every line.
 */
final class RequiredLiterals {
    static final int MIN_LENGTH = 3;

    private RequiredLiterals() {
    }

    /** One literal per top-level alternative, or an empty list when some alternative has no usable literal. */
    static List<String> of(String regex) {
        List<String> literals = new ArrayList<>();
        for (String alternative : topLevelAlternatives(regex)) {
            String longest = longestLiteral(alternative);
            if (longest.length() < MIN_LENGTH) {
                return List.of();
            }
            literals.add(longest.toLowerCase(Locale.ROOT));
        }
        return literals;
    }

    private static List<String> topLevelAlternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = endOfClass(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }

    private static String longestLiteral(String regex) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char escaped = regex.charAt(i + 1);
                if (Character.isLetterOrDigit(escaped)) {
                    best = longer(best, run);
                    run.setLength(0);
                    i = endOfEscape(regex, i);
                } else {
                    run.append(escaped);
                    i += 2;
                }
            } else if (c == '[') {
                best = longer(best, run);
                run.setLength(0);
                i = endOfClass(regex, i) + 1;
            } else if (c == '(') {
                best = longer(best, run);
                run.setLength(0);
                i = endOfGroup(regex, i) + 1;
            } else if (c == '*' || c == '?' || c == '{') {
                // The character before a quantifier may be absent or repeated: it cannot be part of a literal.
                if (run.length() > 0) {
                    run.setLength(run.length() - 1);
                }
                best = longer(best, run);
                run.setLength(0);
                i = c == '{' ? Math.max(i + 1, regex.indexOf('}', i) + 1) : i + 1;
            } else if (c == '+') {
                best = longer(best, run);
                run.setLength(0);
                i++;
            } else if (c == '.' || c == '^' || c == '$' || c == '|' || c == ')') {
                best = longer(best, run);
                run.setLength(0);
                i++;
            } else {
                run.append(c);
                i++;
            }
        }
        return longer(best, run);
    }

    private static String longer(String best, CharSequence run) {
        return run.length() > best.length() ? run.toString() : best;
    }

    /**
     * The index after an escape of a letter or digit, with what belongs to it: the hex digits of {@code \\x41} or
     * {@code \\x{41}}, the name of {@code \\pN} or {@code \\p{Greek}}, the octal digits of {@code \\101}. Those
     * characters name another character, so they must not count as literal text.
     */
    private static int endOfEscape(String regex, int backslash) {
        int i = backslash + 2;
        char kind = regex.charAt(backslash + 1);
        if ((kind == 'x' || kind == 'p' || kind == 'P') && i < regex.length() && regex.charAt(i) == '{') {
            int close = regex.indexOf('}', i);
            return close < 0 ? regex.length() : close + 1;
        }
        if (kind == 'x') {
            return Math.min(regex.length(), i + 2);
        }
        if (kind == 'p' || kind == 'P') {
            return Math.min(regex.length(), i + 1);
        }
        if (kind >= '0' && kind <= '7') {
            while (i < regex.length() && i < backslash + 4 && regex.charAt(i) >= '0' && regex.charAt(i) <= '7') {
                i++;
            }
        }
        return i;
    }

    private static int endOfClass(String regex, int open) {
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
        return Math.min(i, regex.length() - 1);
    }

    private static int endOfGroup(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = endOfClass(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return regex.length() - 1;
    }
}
