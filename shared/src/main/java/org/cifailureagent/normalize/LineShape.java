package org.cifailureagent.normalize;

/**
 * The shape of a line: what stays the same when the same failure happens in another build. Numbers (durations,
 * counts, ports, line numbers of framework code), hex hashes, UUIDs, timestamps and temporary paths are replaced by
 * placeholders and runs of white space are folded. Used for fingerprints and to compare a failing log with a
 * passing one.
 */
public final class LineShape {
    private LineShape() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        boolean lastSpace = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isHex(c) && (Character.isDigit(c) || startsToken(text, i))) {
                int end = i;
                boolean digit = false;
                while (end < n && (isHex(text.charAt(end)) || text.charAt(end) == '-')) {
                    digit |= Character.isDigit(text.charAt(end));
                    end++;
                }
                int length = end - i;
                if (digit && (length >= 7 || allDigits(text, i, end))) {
                    out.append(length >= 7 ? '#' : '0');
                    i = end;
                    lastSpace = false;
                    continue;
                }
            }
            if (Character.isDigit(c)) {
                out.append('0');
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                lastSpace = false;
                continue;
            }
            if (c == '/' && text.startsWith("/tmp/", i)) {
                out.append("/tmp/*");
                while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ':') {
                    i++;
                }
                lastSpace = false;
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (!lastSpace && out.length() > 0) {
                    out.append(' ');
                }
                lastSpace = true;
                i++;
                continue;
            }
            out.append(c);
            lastSpace = false;
            i++;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private static boolean startsToken(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i)) && text.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }
}
