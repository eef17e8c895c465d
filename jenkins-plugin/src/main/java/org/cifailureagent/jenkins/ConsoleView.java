package org.cifailureagent.jenkins;

import hudson.model.Run;
import jenkins.util.SystemProperties;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Where the console page starts showing a build's log. For a large log, {@code /console} shows only the tail (the
 * last {@code hudson.consoleTailKB} KB, as Run/console-log.jelly computes it); {@code /consoleFull} shows it all.
 */
final class ConsoleView {
    private static final long DEFAULT_TAIL_KB = 150;

    private ConsoleView() {
    }

    /** The byte at which {@code /console} starts: 0, or the first byte of the tail. */
    static long tailStart(Run<?, ?> run) {
        long tailKb;
        try {
            tailKb = Long.parseLong(SystemProperties.getString("hudson.consoleTailKB", String.valueOf(DEFAULT_TAIL_KB)));
        } catch (NumberFormatException e) {
            tailKb = DEFAULT_TAIL_KB;
        }
        return Math.max(0, run.getLogText().length() - tailKb * 1024);
    }

    /** The byte at which the log shown in answer to {@code request} starts. */
    static long startOf(Run<?, ?> run, StaplerRequest2 request) {
        if (request == null) {
            return 0;
        }
        String uri = request.getRequestURI();
        if (uri.endsWith("/consoleFull")) {
            return 0;
        }
        if (uri.endsWith("/progressiveHtml")) {
            // The first chunk of the progressive console; later chunks continue the annotator it created.
            try {
                String start = request.getParameter("start");
                return start == null ? 0 : Math.max(0, Long.parseLong(start));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return tailStart(run);
    }
}
