package org.cifailureagent.evidence;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which names (files, tests, classes, packages) a candidate shares with earlier and later candidates. A failure is
 * told first in detail and then repeated by summaries and consequences ("Failed tests:", "Tests in error:", the
 * failing target), and the repeats quote the names of the first telling: a line whose names come back later is
 * likely the detail, a line whose names were all said before is likely the repeat.
 */
final class SharedNames {
    /** A name: a run of path and identifier characters holding a dot, slash, underscore or a lower-upper change. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_$./+-]{6,}");
    private static final Pattern NAME_LIKE = Pattern.compile("[._/]|[a-z][A-Z]");

    private final int[] before;
    private final int[] after;
    private final int[] names;

    private SharedNames(int[] before, int[] after, int[] names) {
        this.before = before;
        this.after = after;
        this.names = names;
    }

    /** @param texts the candidates' texts in log order */
    static SharedNames of(List<String> texts) {
        List<Set<String>> namesOf = new ArrayList<>(texts.size());
        Map<String, Integer> firstSeen = new HashMap<>();
        Map<String, Integer> lastSeen = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            Set<String> set = names(texts.get(i));
            namesOf.add(set);
            for (String name : set) {
                firstSeen.putIfAbsent(name, i);
                lastSeen.put(name, i);
            }
        }
        int[] before = new int[texts.size()];
        int[] after = new int[texts.size()];
        int[] count = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            for (String name : namesOf.get(i)) {
                before[i] += firstSeen.get(name) < i ? 1 : 0;
                after[i] += lastSeen.get(name) > i ? 1 : 0;
            }
            count[i] = namesOf.get(i).size();
        }
        return new SharedNames(before, after, count);
    }

    /** The names in a line, without a trailing dot or dash (sentence ends, options). */
    static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group().replaceAll("[.+-]+$", "").replaceAll("^[.+/-]+", "");
            if (token.length() >= 6 && NAME_LIKE.matcher(token).find() && token.chars().anyMatch(Character::isLetter)) {
                names.add(token);
            }
        }
        return names;
    }

    /** How many names of the candidate at this index an earlier candidate also holds. */
    int namedBefore(int index) {
        return before[index];
    }

    /** How many names of the candidate at this index a later candidate also holds. */
    int namedAfter(int index) {
        return after[index];
    }

    /** How many names the candidate at this index holds. */
    int names(int index) {
        return names[index];
    }
}
