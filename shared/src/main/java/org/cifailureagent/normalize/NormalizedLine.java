package org.cifailureagent.normalize;

/**
 * A line as the analysis sees it: CI framing, colours, timestamps and progress rewrites removed, with the source and
 * the LF-counted number of the line it came from.
 *
 * @param workflowFile for a {@code ::error file=F,line=L::} command, the file it names (else null)
 * @param workflowLine for such a command, the line it names (else 0)
 */
public record NormalizedLine(String source, long number, String text, LineKind kind, boolean truncated,
                             String workflowFile, int workflowLine) {

    public NormalizedLine(String source, long number, String text, LineKind kind) {
        this(source, number, text, kind, false, null, 0);
    }
}
