package org.cifailureagent.report;

/**
 * Markdown for untrusted log text (fork PRs control it): it sits in code fences longer than any backtick run inside
 * it, and outside fences mentions and HTML are neutralized. {@link GitHubMarkdown} renders the report with these.
 */
public final class MarkdownText {
    private MarkdownText() {
    }

    /** A fenced code block whose fence is longer than any backtick run in the text. */
    public static String fenced(String text) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
        return fence + "text\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    /** Inline code that cannot be closed early by the text. */
    public static String code(String text) {
        String ticks = "`".repeat(longestBacktickRun(text) + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return ticks + pad + text.replace('\n', ' ') + pad + ticks;
    }

    /** Plain text outside code: HTML is escaped and mentions cannot notify anyone. */
    public static String inline(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("@", "@\u200b").replace("\n", " ");
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
