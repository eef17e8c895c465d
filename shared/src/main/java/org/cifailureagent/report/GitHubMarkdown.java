package org.cifailureagent.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.cifailureagent.evidence.EvidenceLine;

/**
 * The report as Markdown: a GitHub job summary or PR comment, and {@code analyze --format markdown}. Category and
 * confidence, summary, root-cause lines with their line numbers, failing tests, locations, flaky evidence, the job's
 * history, suspect commits, rule hints and collapsible details, within a size budget. Log text is
 * untrusted (fork PRs control it) and is shown only through {@link MarkdownText}'s fences, inline code and
 * neutralized text. When the full rendering does not fit, it is rendered again with fewer and shorter items, and
 * it says so.
 */
public final class GitHubMarkdown {
    /** GitHub's limit for one step's summary. */
    public static final int STEP_SUMMARY_BYTES = 1024 * 1024;
    private static final int LONG_LINE = 1_000;
    /**
     * The best-ranked lines, as the text report shows them: the ranking's tail (20 lines in the JSON report) mostly
     * repeats or surrounds them, out of log order, and the details hold the lines around the best one.
     */
    private static final int ROOT_CAUSE_LINES = 5;
    /** The suspects are ranked; past the first few a reader stops looking. */
    private static final int SUSPECTS = 5;

    /** Where the analysis comes from, for the heading; each part may be null. */
    public record Context(String workflow, String job, String runUrl) {
        public static Context none() {
            return new Context(null, null, null);
        }
    }

    private record Detail(int items, int lineChars, boolean details) {
    }

    private static final List<Detail> LEVELS = List.of(new Detail(20, LONG_LINE, true), new Detail(10, 300, true),
            new Detail(5, 200, false), new Detail(3, 120, false));

    private GitHubMarkdown() {
    }

    /** The Markdown, at most {@code maxBytes} in UTF-8. */
    public static String render(Report r, Context context, int maxBytes) {
        for (Detail level : LEVELS) {
            String md = render(r, context, level, level != LEVELS.get(0));
            if (md.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
                return md;
            }
        }
        String shortest = heading(r, context) + MarkdownText.inline(clip(r.summary(), 500)) + "\n";
        return shortest.getBytes(StandardCharsets.UTF_8).length <= maxBytes ? shortest
                : "### CI failure: `" + r.category() + "`\n";
    }

    /** The text for a run that passed, replacing an earlier failure's comment. */
    public static String passed(Context context) {
        StringBuilder md = new StringBuilder("### CI passed");
        appendWhere(md, context);
        md.append("\n\nThe failure reported here earlier is gone: this job passed on a later run.\n");
        return md.toString();
    }

    private static String render(Report r, Context context, Detail level, boolean shortened) {
        StringBuilder md = new StringBuilder(heading(r, context));
        md.append(MarkdownText.inline(r.summary())).append("\n\n");
        List<EvidenceLine> lines = r.rootCause().lines();
        if (!lines.isEmpty()) {
            md.append("**Root cause** (log line numbers)\n\n");
            int shown = Math.min(Math.min(ROOT_CAUSE_LINES, level.items()), lines.size());
            md.append(MarkdownText.fenced(numbered(lines.subList(0, shown), level)));
            md.append('\n');
        }
        if (!r.failingTests().isEmpty()) {
            md.append("**Failing tests**\n\n");
            r.failingTests().stream().limit(level.items()).forEach(t -> md.append("- ")
                    .append(MarkdownText.code(clip(t.name(), level.lineChars())))
                    .append(t.message() != null ? ": " + MarkdownText.inline(clip(t.message(), level.lineChars())) : "")
                    .append('\n'));
            more(md, r.failingTests().size(), level.items(), "failing tests");
            md.append('\n');
        }
        if (!r.locations().isEmpty()) {
            md.append("**Locations**\n\n");
            r.locations().stream().limit(level.items()).forEach(l -> md.append("- ")
                    .append(MarkdownText.code(clip(l.file() + (l.line() != null ? ":" + l.line() : ""),
                            level.lineChars())))
                    .append(l.message() != null ? " " + MarkdownText.inline(clip(l.message(), level.lineChars())) : "")
                    .append('\n'));
            more(md, r.locations().size(), level.items(), "locations");
            md.append('\n');
        }
        inPlace(md, r, level);
        ShownHints.of(r).forEach(m -> md.append("> **Hint** (")
                .append(MarkdownText.code(m.id())).append("): ").append(MarkdownText.inline(m.hint()))
                .append('\n'));
        if (level.details()) {
            details(md, r, level);
        }
        if (shortened) {
            md.append("\n_Shortened to fit GitHub's size limit; the JSON report has everything._\n");
        }
        return md.toString();
    }

    /** The sections the workspace and the job's history add: flaky evidence, history, suspect commits. */
    private static void inPlace(StringBuilder md, Report r, Detail level) {
        if (r.flaky() != null && !r.flaky().tests().isEmpty()) {
            md.append(r.flaky().flaky() ? "**Flaky** (" : "**Flaky evidence** (")
                    .append(MarkdownText.inline(r.flaky().reason())).append(")\n\n");
            r.flaky().tests().stream().limit(level.items()).forEach(t -> md.append("- ")
                    .append(MarkdownText.code(clip(t.name(), level.lineChars()))).append(": ")
                    .append(MarkdownText.inline(t.record())).append('\n'));
            more(md, r.flaky().tests().size(), level.items(), "tests");
            md.append('\n');
        }
        if (r.history() != null) {
            md.append("This failure was ").append(MarkdownText.inline(r.history().text())).append(" of this job.\n\n");
        }
        if (r.suspects() != null && !r.suspects().isEmpty()) {
            md.append("**Suspect commits**\n\n");
            r.suspects().stream().limit(Math.min(SUSPECTS, level.items())).forEach(s -> md.append("- ")
                    .append(MarkdownText.code(s.commit().substring(0, Math.min(10, s.commit().length()))))
                    .append(' ').append(MarkdownText.inline(clip(s.message(), level.lineChars()))).append(" (")
                    .append(MarkdownText.inline(s.author())).append("): ").append(MarkdownText.inline(s.why()))
                    .append('\n'));
            md.append('\n');
        }
    }

    private static String heading(Report r, Context context) {
        StringBuilder md = new StringBuilder("### CI failure: `").append(r.category()).append('`')
                .append(String.format(Locale.ROOT, " (confidence %.0f%%)", r.confidence() * 100));
        appendWhere(md, context);
        return md.append("\n\n").toString();
    }

    private static void appendWhere(StringBuilder md, Context context) {
        if (context.workflow() != null || context.job() != null) {
            md.append(" in ");
            if (context.workflow() != null) {
                md.append(MarkdownText.code(context.workflow()));
            }
            if (context.job() != null) {
                md.append(context.workflow() != null ? " / " : "").append(MarkdownText.code(context.job()));
            }
        }
        if (context.runUrl() != null) {
            md.append(" ([run](").append(context.runUrl().replace(")", "%29").replace(" ", "%20")).append("))");
        }
    }

    private static void details(StringBuilder md, Report r, Detail level) {
        md.append("\n<details><summary>Details</summary>\n\n");
        List<EvidenceLine> context = r.rootCause().context();
        if (!context.isEmpty()) {
            md.append("Lines around the root cause:\n\n")
                    .append(MarkdownText.fenced(numbered(context, level))).append('\n');
        }
        md.append("- step: ").append(r.failingStep() == null ? "unknown" : MarkdownText.code(r.failingStep()))
                .append('\n');
        md.append("- exit code: ").append(r.exitCode() == null ? "unknown" : r.exitCode()).append('\n');
        md.append("- rules ").append(MarkdownText.code(r.rules().version())).append(", model ")
                .append(MarkdownText.code(r.model().version())).append(" (")
                .append(MarkdownText.inline(r.model().status())).append(")\n");
        md.append("- fingerprint ").append(MarkdownText.code(r.fingerprint())).append('\n');
        r.warnings().stream().limit(level.items())
                .forEach(w -> md.append("- warning: ").append(MarkdownText.inline(clip(w, level.lineChars())))
                        .append('\n'));
        md.append("\n</details>\n");
    }

    private static String numbered(List<EvidenceLine> lines, Detail level) {
        StringBuilder block = new StringBuilder();
        for (EvidenceLine line : lines) {
            block.append(line.number()).append(": ").append(clip(line.text(), level.lineChars())).append('\n');
        }
        return block.toString();
    }

    private static void more(StringBuilder md, int total, int shown, String what) {
        if (total > shown) {
            md.append("- … and ").append(total - shown).append(" more ").append(what).append('\n');
        }
    }

    private static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + " …";
    }
}
