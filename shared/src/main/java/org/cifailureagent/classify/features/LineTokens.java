package org.cifailureagent.classify.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a log line into words that generalize across builds: numbers, paths, URLs, hashes and ids are replaced by
 * placeholders (a path keeps its file extension, which names the language), the rest is lower-cased and split.
 */
final class LineTokens {
    static final int MAX_LINE = 400;
    static final int MAX_WORDS = 40;

    private static final Pattern URL = Pattern.compile("\\b[a-z][a-z0-9+.-]*://\\S+");
    private static final Pattern UUID = Pattern.compile(
            "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern PATH = Pattern.compile("(?:[a-z]:)?[\\w.@~-]*(?:[/\\\\][\\w.@~-]+)+");
    private static final Pattern EXTENSION = Pattern.compile("\\.([a-z]{1,5})$");
    private static final Pattern HEX = Pattern.compile("\\b(?=[0-9a-f]*\\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern SPLIT = Pattern.compile("[^a-z_]+");

    private LineTokens() {
    }

    static List<String> words(String line) {
        String text = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
        text = text.toLowerCase(Locale.ROOT);
        text = URL.matcher(text).replaceAll(" xurl ");
        text = UUID.matcher(text).replaceAll(" xid ");
        text = paths(text);
        text = HEX.matcher(text).replaceAll(" xhex ");
        text = NUMBER.matcher(text).replaceAll(" xnum ");
        List<String> words = new ArrayList<>();
        for (String word : SPLIT.split(text)) {
            if (word.length() >= 2 && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return words;
    }

    private static String paths(String text) {
        Matcher m = PATH.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(" xpath");
            Matcher ext = EXTENSION.matcher(m.group());
            if (ext.find()) {
                out.append("_").append(ext.group(1));
            }
            out.append(' ');
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** FNV-1a over the UTF-16 units: stable across JVMs and releases, unlike what a hash map might use. */
    static int bucket(String word, int width) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x01000193;
        }
        return Math.floorMod(hash, width);
    }
}
