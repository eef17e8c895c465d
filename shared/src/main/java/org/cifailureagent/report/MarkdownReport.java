package org.cifailureagent.report;

import java.util.Locale;
import org.cifailureagent.evidence.EvidenceLine;

/**
 * The report as GitHub-flavoured Markdown (job summaries, PR comments). Log text is untrusted: it sits in code
 * fences longer than any backtick run inside it, and outside fences mentions and HTML are neutralized.
 */
public final class MarkdownReport {
    private static final int SHOWN_ITEMS = 10;

    private MarkdownReport() {
    }

    public static String render(Report r) {
        StringBuilder md = new StringBuilder();
        md.append("### CI failure: `").append(r.category()).append('`')
                .append(String.format(Locale.ROOT, " (confidence %.0f%%)", r.confidence() * 100)).append("\n\n");
        md.append(inline(r.summary())).append("\n\n");
        if (!r.rootCause().lines().isEmpty()) {
            md.append("**Root cause**\n\n");
            StringBuilder block = new StringBuilder();
            for (EvidenceLine line : r.rootCause().lines().subList(0, Math.min(5, r.rootCause().lines().size()))) {
                block.append(line.number()).append(": ").append(line.text()).append('\n');
            }
            md.append(fenced(block.toString())).append('\n');
        }
        if (!r.failingTests().isEmpty()) {
            md.append("**Failing tests**\n\n");
            r.failingTests().stream().limit(SHOWN_ITEMS).forEach(t -> md.append("- ").append(code(t.name()))
                    .append(t.message() != null ? ": " + inline(t.message()) : "").append('\n'));
            md.append('\n');
        }
        if (!r.locations().isEmpty()) {
            md.append("**Locations**\n\n");
            r.locations().stream().limit(SHOWN_ITEMS).forEach(l -> md.append("- ")
                    .append(code(l.file() + (l.line() != null ? ":" + l.line() : "")))
                    .append(l.message() != null ? " " + inline(l.message()) : "").append('\n'));
            md.append('\n');
        }
        inPlace(r, md);
        ShownHints.of(r).forEach(m -> md.append("> **Hint:** ").append(inline(m.hint())).append('\n'));
        md.append("\n<details><summary>Details</summary>\n\n");
        md.append("- step: ").append(r.failingStep() == null ? "unknown" : code(r.failingStep())).append('\n');
        md.append("- exit code: ").append(r.exitCode() == null ? "unknown" : r.exitCode()).append('\n');
        md.append("- rules ").append(code(r.rules().version())).append(", model ").append(code(r.model().version()))
                .append(" (").append(r.model().status()).append(")\n");
        md.append("- fingerprint ").append(code(r.fingerprint())).append('\n');
        for (String warning : r.warnings()) {
            md.append("- warning: ").append(inline(warning)).append('\n');
        }
        md.append("\n</details>\n");
        return md.toString();
    }

    /** The sections the workspace and the job's history add: flaky evidence, history, suspect commits. */
    private static void inPlace(Report r, StringBuilder md) {
        if (r.flaky() != null && !r.flaky().tests().isEmpty()) {
            md.append(r.flaky().flaky() ? "**Flaky** (" : "**Flaky evidence** (").append(inline(r.flaky().reason()))
                    .append(")\n\n");
            r.flaky().tests().stream().limit(SHOWN_ITEMS).forEach(t -> md.append("- ").append(code(t.name()))
                    .append(": ").append(inline(t.record())).append('\n'));
            md.append('\n');
        }
        if (r.history() != null) {
            md.append("This failure was ").append(inline(r.history().text())).append(" of this job.\n\n");
        }
        if (r.suspects() != null && !r.suspects().isEmpty()) {
            md.append("**Suspect commits**\n\n");
            r.suspects().stream().limit(5).forEach(s -> md.append("- ").append(code(s.commit().substring(0,
                    Math.min(10, s.commit().length())))).append(' ').append(inline(s.message())).append(" (")
                    .append(inline(s.author())).append("): ").append(inline(s.why())).append('\n'));
            md.append('\n');
        }
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
