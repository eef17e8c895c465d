package org.cifailureagent.normalize;

/** GitHub prefixes every job-log line with an ISO-8601 UTC timestamp such as {@code 2026-11-26T10:15:42.1234567Z }. */
final class GitHubTimestamp {
    private GitHubTimestamp() {
    }

    static String strip(String text) {
        int n = text.length();
        if (n < 21 || text.charAt(4) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || !Character.isDigit(text.charAt(0))) {
            return text;
        }
        int i = 19;
        if (text.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < n && text.charAt(i) == 'Z') {
            i++;
            if (i < n && text.charAt(i) == ' ') {
                i++;
            }
            return text.substring(i);
        }
        return text;
    }
}
