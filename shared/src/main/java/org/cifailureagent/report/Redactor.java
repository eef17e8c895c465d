package org.cifailureagent.report;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Removes secrets from text before it leaves the machine: well-known token formats, private key blocks,
 * credentials in URLs and assignments, JWTs, and the values a workflow masked with {@code ::add-mask::}.
 * Commit SHAs, checksums and UUIDs are left alone: they are evidence, not secrets.
 */
public final class Redactor {
    public static final String MASK = "***";
    private static final int MIN_MASKED_VALUE = 3;

    private static final List<Pattern> TOKENS = List.of(
            Pattern.compile("\\b(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{20,}"),
            Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{20,}"),
            Pattern.compile("\\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}\\b"),
            Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b"),
            Pattern.compile("\\bpypi-[A-Za-z0-9_-]{50,}"),
            Pattern.compile("\\bdckr_pat_[A-Za-z0-9_-]{20,}"),
            Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}"),
            Pattern.compile("\\bsk_live_[A-Za-z0-9]{20,}"),
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));
    /**
     * A name, its separator and a value: {@code password=x}, {@code "apiKey": "x"}, {@code NPM_TOKEN: x}. Whether the
     * value is masked depends on the name (see {@link #masksValueOf}), decided per match rather than by the pattern,
     * so that {@code Author: Jane} and {@code Unexpected token: punc} stay readable.
     */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "([A-Za-z][A-Za-z0-9_.-]*)([\"']?\\s*[=:]\\s*[\"']?)([^\\s\"',;]{3,})");
    private static final Pattern URL_CREDENTIALS = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:)([^@\\s/]+)(@)");
    /**
     * {@code Bearer x} always carries a credential; {@code Basic x} and {@code token x} only when x looks like one
     * ({@code function : basic functionality} is prose).
     */
    private static final Pattern SCHEME = Pattern.compile("(?i)\\b(bearer|basic|token)(\\s+)([A-Za-z0-9._~+/=-]{12,})");
    /** Words of a name that make it a credential whatever its value looks like (not pwd: {@code $PWD:/src}). */
    private static final Set<String> CREDENTIAL_WORDS = Set.of("password", "passwd", "passphrase", "secret",
            "secrets", "apikey", "credential", "credentials", "privatekey", "authtoken", "accesstoken");
    /** Pairs of adjacent words with the same meaning: api_key, access-key, clientSecret, auth_token. */
    private static final Set<String> CREDENTIAL_PAIRS = Set.of("api key", "access key", "secret key", "private key",
            "client secret", "auth token", "access token", "refresh token", "session token", "secret access");
    /**
     * Words that make a credential of a longer name they end ({@code NPM_TOKEN}, {@code docker_auth}) but otherwise
     * only of a value that looks generated: {@code Unexpected token: punc} is a parser's word,
     * {@code process_auth_result:263} an Erlang function's.
     */
    private static final Set<String> TOKEN_WORDS = Set.of("token", "auth");
    private static final Set<String> PLACEHOLDERS = Set.of("null", "none", "true", "false", "yes", "no", "required",
            "optional", "empty", "undefined", "masked", "redacted", "hidden", "[secure]", "[masked]", "[redacted]");
    private static final int MIN_RANDOM_LOOKING = 8;
    private static final int MIN_LONG_RANDOM = 20;
    /** Shorter lines ending in '=' are words and settings ({@code ++cores=}), or a byte or two of a key. */
    private static final int MIN_PADDED_LINE = 12;
    private static final String KEY_BEGIN = "-----BEGIN ";
    /**
     * A body line of a PEM block: base64 with both cases and either a digit or at least a quarter of its letters in
     * each case (unlike hex SHAs and checksums, and unlike {@code InsecurePlatformWarning} or
     * {@code src/Symfony/Component/Yaml}, whose capitals only start words). The last line of a block is shorter than
     * the others (24 characters for an RSA-2048 key), so 16 characters are enough; a line of base64 that ends in
     * padding is masked from 12 characters on. With the digit alone, a 24-character last line stayed 1.7% of the
     * time; with the share of capitals too, about 0.02%.
     */
    private static final Pattern PEM_BODY = Pattern.compile("^\\s*[A-Za-z0-9+/]{16,}={0,2}\\s*$");
    /**
     * A name of words and numbers, {@code TestBoundedForkedSync64Fast}, {@code SortedKeysJSONParameterEncoderTests}: a
     * test's or a class's, printed on a line of its own, which PEM_BODY takes for base64. Each capital (or run of up
     * to five) is followed by three or more small letters: a 24-character random last line of a key passes for such a
     * name about 0.008% of the time, a 16-character one 0.2%.
     */
    private static final Pattern WORDS_AND_NUMBERS =
            Pattern.compile("^\\s*[a-z]*(?:[A-Z]{1,5}[a-z]{3,}|[0-9]{1,4})+[A-Z]{0,5}\\s*$");
    private static final Pattern PEM_LAST_LINE = Pattern.compile("^\\s*(?:[A-Za-z0-9+/]{4})+[A-Za-z0-9+/]{3}=\\s*$"
            + "|^\\s*(?:[A-Za-z0-9+/]{4})+[A-Za-z0-9+/]{2}==\\s*$");

    private final List<String> maskedValues;

    public Redactor(Collection<String> maskedValues) {
        List<String> values = new ArrayList<>();
        for (String value : maskedValues) {
            if (value != null && value.length() >= MIN_MASKED_VALUE) {
                values.add(value);
            }
        }
        // Longest first, so a value that contains another is masked whole.
        values.sort(Comparator.comparingInt(String::length).reversed());
        this.maskedValues = List.copyOf(values);
    }

    public static Redactor none() {
        return new Redactor(List.of());
    }

    /** Redacts one line or message; null stays null. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String value : maskedValues) {
            if (out.contains(value)) {
                out = out.replace(value, MASK);
            }
        }
        if (out.contains(KEY_BEGIN) && out.contains("PRIVATE KEY")) {
            int begin = out.indexOf(KEY_BEGIN);
            return out.substring(0, begin) + "-----BEGIN PRIVATE KEY----- " + MASK;
        }
        if (PEM_BODY.matcher(out).matches() && hasBothCases(out) && (hasDigit(out) || mixesCases(out))
                && !WORDS_AND_NUMBERS.matcher(out).matches()
                || PEM_LAST_LINE.matcher(out).matches() && out.strip().length() >= MIN_PADDED_LINE) {
            return MASK;
        }
        for (Pattern token : TOKENS) {
            out = token.matcher(out).replaceAll(MASK);
        }
        out = replaceGroup(URL_CREDENTIALS, out, 2, m -> true);
        out = replaceGroup(SCHEME, out, 3, m -> m.group(1).equalsIgnoreCase("bearer") || looksRandom(m.group(3)));
        out = replaceGroup(ASSIGNMENT, out, 3, m -> masksValueOf(m.group(1), m.group(3)));
        return out;
    }

    /**
     * A name that is a credential ({@code DB_PASSWORD}, {@code clientSecret}) masks any real value; a name that only
     * may be one ({@code token}, {@code auth}, {@code key}) masks a value that looks random. Placeholders, values
     * already masked and references to variables ({@code $TOKEN}, {@code ${{ secrets.X }}}) are left as they are.
     */
    static boolean masksValueOf(String name, String value) {
        // bash's "DEPLOY_TOKEN: DEPLOY_TOKEN is not set" names the variable twice and holds no value.
        if (value.equalsIgnoreCase(name) || value.chars().allMatch(c -> c == '*') || value.startsWith("$")
                || value.startsWith("%")
                || PLACEHOLDERS.contains(value.toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<String> words = words(name);
        if (words.contains("public")) {
            // .NET's PublicKeyToken, public_key: published on purpose.
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (CREDENTIAL_WORDS.contains(words.get(i))
                    || i > 0 && CREDENTIAL_PAIRS.contains(words.get(i - 1) + " " + words.get(i))) {
                return true;
            }
        }
        if (words.size() > 1 && TOKEN_WORDS.contains(words.get(words.size() - 1))) {
            return true;
        }
        return words.stream().anyMatch(TOKEN_WORDS::contains) && looksRandom(value);
    }

    /** The lower-case words of a name: {@code NPM_AUTH-token.x} and {@code npmAuthToken} both give npm, auth, token. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separator = c == '_' || c == '.' || c == '-';
            boolean camelStep = Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1));
            if ((separator || camelStep) && word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (!separator) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Generated, not a word someone wrote: letters and digits, or long with both cases. */
    private static boolean looksRandom(String value) {
        boolean digits = value.chars().anyMatch(Character::isDigit);
        boolean letters = value.chars().anyMatch(Character::isLetter);
        return value.length() >= MIN_RANDOM_LOOKING && digits && letters
                || value.length() >= MIN_LONG_RANDOM && hasBothCases(value);
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** At least a quarter of the letters in each case, as in random base64 (CamelCase words have fewer capitals). */
    private static boolean mixesCases(String text) {
        long upper = text.chars().filter(c -> c >= 'A' && c <= 'Z').count();
        long lower = text.chars().filter(c -> c >= 'a' && c <= 'z').count();
        return 4 * upper >= upper + lower && 4 * lower >= upper + lower;
    }

    private static boolean hasBothCases(String text) {
        return !text.equals(text.toLowerCase(Locale.ROOT))
                && !text.equals(text.toUpperCase(Locale.ROOT));
    }

    /**
     * Masks group {@code value} of every match that {@code masks} accepts. A match that is not masked is searched
     * again from its value, which may itself start a match: in {@code confidence: password=x} the first name is not
     * a credential but the second is.
     */
    private static String replaceGroup(Pattern pattern, String text, int value, Predicate<Matcher> masks) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (!masks.test(m)) {
                from = m.start(value);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start(value)).append(MASK);
            last = m.end(value);
            from = last;
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }
}
