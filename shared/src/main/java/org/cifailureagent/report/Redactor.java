package org.cifailureagent.report;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

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
    /** Keeps the key name and the separator (group 1), masks the value (group 2). */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?i)((?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|auth"
                    + "|credentials?|private[_-]?key|client[_-]?secret|aws_secret_access_key)[A-Za-z0-9_.-]*"
                    + "[\"']?\\s*(?:=|:)\\s*[\"']?)([^\\s\"',;]{3,})");
    private static final Pattern URL_CREDENTIALS = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:)([^@\\s/]+)(@)");
    private static final Pattern BEARER = Pattern.compile("(?i)(\\b(?:bearer|basic|token)\\s+)([A-Za-z0-9._~+/=-]{12,})");
    private static final String KEY_BEGIN = "-----BEGIN ";
    /**
     * A body line of a PEM block: base64 with both cases (unlike hex SHAs and checksums). The last line of a block is
     * shorter than the others (24 characters for an RSA-2048 key), so 16 characters are enough; a line of base64
     * that ends in padding is masked at any length.
     */
    private static final Pattern PEM_BODY = Pattern.compile("^\\s*[A-Za-z0-9+/]{16,}={0,2}\\s*$");
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
        if (PEM_BODY.matcher(out).matches() && hasBothCases(out) || PEM_LAST_LINE.matcher(out).matches()) {
            return MASK;
        }
        for (Pattern token : TOKENS) {
            out = token.matcher(out).replaceAll(MASK);
        }
        out = replaceGroup(URL_CREDENTIALS, out);
        out = replaceGroup(BEARER, out);
        out = replaceGroup(ASSIGNMENT, out);
        return out;
    }

    private static boolean hasBothCases(String text) {
        return !text.equals(text.toLowerCase(java.util.Locale.ROOT))
                && !text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }

    private static String replaceGroup(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            int valueStart = m.start(2);
            int valueEnd = m.end(2);
            out.append(text, last, valueStart).append(MASK);
            last = valueEnd;
        } while (m.find());
        out.append(text, last, text.length());
        return out.toString();
    }
}
