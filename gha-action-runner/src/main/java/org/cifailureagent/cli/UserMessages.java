package org.cifailureagent.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns any failure into one line a user can act on, never a stack trace. */
final class UserMessages {
    private UserMessages() {
    }

    static String oneLine(Throwable error) {
        Throwable e = error instanceof UncheckedIOException && error.getCause() != null ? error.getCause() : error;
        String message;
        if (e instanceof NoSuchFileException) {
            message = e.getMessage() + ": no such file";
        } else if (e instanceof AccessDeniedException) {
            message = e.getMessage() + ": permission denied";
        } else if (e instanceof IOException) {
            message = "cannot read input: " + e.getMessage();
        } else if (e.getMessage() == null || e.getMessage().isBlank()) {
            message = "unexpected " + e.getClass().getSimpleName();
        } else {
            message = e.getMessage();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
