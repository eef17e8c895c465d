package org.cifailureagent.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.cifailureagent.normalize.LevelMarker;

/**
 * Spreads a ranking over different blocks of the log: a line within {@link #NEAR} lines of a better-ranked line, or
 * with the same text as one, moves behind the lines that open a new block and score no more than the ranker's
 * {@link LineRanker#spreadMargin} below it. Neighbours of the best line mostly
 * repeat what it says (grouped cross-validation on LogChunks: top-5 up by about 0.03), and so does a tool's summary
 * that prints an error again word for word, as Maven does with javac's errors. A line that says nothing at all (no
 * letter or digit beside a level marker: Maven's bare {@code [ERROR]}, a row of dashes) goes behind all of them.
 */
public final class BlockSpread {
    static final int NEAR = 2;
    /** Only the head of a ranking is shown, so only the head is spread (and the cost stays small). */
    static final int HEAD = 50;

    private BlockSpread() {
    }

    /**
     * The ranked items: of the first {@link #HEAD}, those opening a new block first, each near item placed behind the
     * opening ones that score at least its score minus {@code margin}; each part in its former order. A text printed
     * more than once in a source stands where its best-ranked print stood, as its first print: the first time a
     * message appears is where it happened, the later ones are summaries of it.
     */
    public static <T> List<T> apply(List<T> ranked, Function<T, String> source, ToLongFunction<T> number,
                                    Function<T, String> text, ToDoubleFunction<T> score, double margin) {
        List<T> head = ranked.subList(0, Math.min(HEAD, ranked.size()));
        Map<String, T> firstPrint = new HashMap<>();
        for (T item : head) {
            firstPrint.merge(key(item, source, text), item,
                    (kept, other) -> number.applyAsLong(other) < number.applyAsLong(kept) ? other : kept);
        }
        List<T> opening = new ArrayList<>(ranked.size());
        List<T> near = new ArrayList<>();
        List<T> saysNothing = new ArrayList<>();
        Map<String, T> bestPrint = new HashMap<>();
        for (T item : head) {
            String key = key(item, source, text);
            T first = firstPrint.get(key);
            T best = bestPrint.putIfAbsent(key, item);
            if (saysNothing(text.apply(item))) {
                saysNothing.add(item);
            } else if (best == null) {
                (isNear(first, opening, source, number) ? near : opening).add(first);
            } else {
                // The first print took the best one's place, so the best one comes back behind, in the first's turn.
                near.add(item == first ? best : item);
            }
        }
        List<T> merged = new ArrayList<>(ranked.size());
        int nextOpening = 0;
        for (T item : near) {
            double bar = score.applyAsDouble(item) - margin;
            while (nextOpening < opening.size() && score.applyAsDouble(opening.get(nextOpening)) >= bar) {
                merged.add(opening.get(nextOpening++));
            }
            merged.add(item);
        }
        merged.addAll(opening.subList(nextOpening, opening.size()));
        merged.addAll(saysNothing);
        merged.addAll(ranked.subList(head.size(), ranked.size()));
        return merged;
    }

    /** No letter or digit beside a leading level marker. */
    static boolean saysNothing(String text) {
        return LevelMarker.strip(text).codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static <T> String key(T item, Function<T, String> source, Function<T, String> text) {
        return source.apply(item) + '\n' + text.apply(item);
    }

    private static <T> boolean isNear(T item, List<T> opening, Function<T, String> source, ToLongFunction<T> number) {
        long n = number.applyAsLong(item);
        String s = source.apply(item);
        for (T other : opening) {
            if (Math.abs(number.applyAsLong(other) - n) <= NEAR && source.apply(other).equals(s)) {
                return true;
            }
        }
        return false;
    }
}
