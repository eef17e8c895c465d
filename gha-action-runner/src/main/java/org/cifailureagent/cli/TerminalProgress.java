package org.cifailureagent.cli;

import java.io.PrintWriter;
import org.cifailureagent.training.Progress;

/**
 * A progress bar redrawn in place on a terminal; plain lines at every tenth otherwise (CI logs, pipes), so a log
 * file never fills with carriage returns.
 */
final class TerminalProgress implements Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private String task;
    private int total;
    private int done;
    private int lastTenth;

    TerminalProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static TerminalProgress forStderr(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null);
    }

    @Override
    public void start(String task, int total) {
        this.task = task;
        this.total = Math.max(1, total);
        this.done = 0;
        this.lastTenth = -1;
        draw();
    }

    @Override
    public void advance() {
        done++;
        draw();
    }

    @Override
    public void finish() {
        if (terminal) {
            err.println();
        }
        err.flush();
    }

    private void draw() {
        int percent = (int) (100L * done / total);
        if (terminal) {
            int filled = WIDTH * done / total;
            err.print("\r" + task + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
            err.flush();
        } else if (percent / 10 > lastTenth) {
            lastTenth = percent / 10;
            err.println(task + ": " + done + "/" + total + " (" + percent + "%)");
            err.flush();
        }
    }
}
