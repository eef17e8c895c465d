package org.cifailureagent.publish.github;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.kohsuke.github.HttpException;

/**
 * Turns a failed GitHub call into one line a user can act on. The typical cause comes first: a 403 on a pull
 * request from a fork is the read-only token GitHub gives such runs, not a bug.
 */
public final class GitHubProblems {
    private GitHubProblems() {
    }

    public static String describe(String what, IOException e) {
        return what + " failed: " + cause(e);
    }

    static String cause(IOException e) {
        if (e instanceof FileNotFoundException) {
            return "not found (404): the repository, run, job or pull request does not exist or the token cannot"
                    + " see it";
        }
        if (e instanceof HttpException http) {
            int code = http.getResponseCode();
            String message = http.getMessage() == null ? "" : firstLine(http.getMessage());
            if (message.contains("rate limit exceeded") || message.contains("resets in")) {
                return "rate limited (" + code + "): " + message;
            }
            return switch (code) {
                case 401 -> "the token was rejected (401): check the github-token input";
                case 403 -> "the token may not do this (403): give the job 'permissions: pull-requests: write' "
                        + "(and 'actions: read' to read logs); on pull requests from forks GitHub's token is "
                        + "read-only, use the workflow_run mode";
                case 404 -> "not found (404)";
                case 422 -> "GitHub rejected the request (422): " + message;
                case 429 -> "rate limited (429)";
                case -1 -> "no answer from GitHub: " + message;
                default -> code >= 500 ? "GitHub is having trouble (" + code + "); try again later"
                        : "GitHub answered " + code + ": " + message;
            };
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return "GitHub did not answer in time: " + e.getMessage();
        }
        if (e instanceof UnknownHostException) {
            return "cannot resolve " + e.getMessage() + ": check GITHUB_API_URL";
        }
        if (e instanceof SocketException) {
            return "the connection to GitHub failed: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + (e.getMessage() == null ? "" : firstLine(e.getMessage()));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
