package org.cifailureagent.normalize;

/**
 * GitHub's runner opens each step's log with a group that shows the step before it runs: {@code Run <the first line
 * of its script>} over the script, its {@code shell:} and {@code env:} (a run step), or {@code Run <action>} over its
 * {@code with:} and {@code env:} (an action). Those lines are what was run, not what it printed: a script's
 * {@code echo "Go files must be formatted"} is no evidence, its output is. A tool may open a group named "Run ..."
 * of its own, holding output, so a group counts as a step's header only when its first line repeats the command of
 * its title or begins an action's {@code with:} or {@code env:}. One instance follows one log.
 */
final class GitHubStepHeader {
    private static final String TITLE_PREFIX = "Run ";

    private String source;
    /** The command a "Run ..." group's title names, until the group's first line is read; else null. */
    private String titledCommand;
    private boolean inside;

    /** The line, marked {@link LineKind#STEP_SCRIPT} when it lies inside a step's header group. */
    NormalizedLine read(NormalizedLine line) {
        if (!line.source().equals(source)) {
            source = line.source();
            titledCommand = null;
            inside = false;
        }
        switch (line.kind()) {
            case SECTION_START -> {
                titledCommand = line.text().startsWith(TITLE_PREFIX) ? line.text().substring(TITLE_PREFIX.length())
                        : null;
                inside = false;
                return line;
            }
            case SECTION_END -> {
                titledCommand = null;
                inside = false;
                return line;
            }
            case OUTPUT -> {
                if (titledCommand != null) {
                    String text = line.text();
                    inside = text.equals(titledCommand) || text.equals("with:") || text.equals("env:");
                    titledCommand = null;
                }
                return inside ? new NormalizedLine(line.source(), line.number(), line.text(), LineKind.STEP_SCRIPT,
                        line.truncated(), null, 0) : line;
            }
            default -> {
                return line;
            }
        }
    }
}
