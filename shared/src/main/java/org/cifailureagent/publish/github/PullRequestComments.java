package org.cifailureagent.publish.github;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHRepository;

/**
 * Keeps ONE comment per workflow and job on a pull request: found by its hidden {@link CommentMarker}, edited in
 * place rather than added again. Bodies are cut to GitHub's comment limit. Used by the GitHub Action and the
 * Jenkins plugin alike.
 */
public final class PullRequestComments {
    /** GitHub rejects issue comments longer than this many characters (422). */
    public static final int MAX_BODY = 65_536;
    private static final String CUT_NOTE = "\n\n_(cut to fit GitHub's comment size limit)_\n";
    private static final int PAGE_SIZE = 100;

    private final GHRepository repository;

    public PullRequestComments(GHRepository repository) {
        this.repository = repository;
    }

    /** Creates the comment for {@code marker}, or edits the existing one; an identical body is left alone. */
    public CommentResult upsert(int pullRequest, CommentMarker marker, String body) throws IOException {
        return Paging.unwrapped(() -> upsertPaged(pullRequest, marker, body));
    }

    private CommentResult upsertPaged(int pullRequest, CommentMarker marker, String body) throws IOException {
        String full = fit(marker.text() + "\n" + body);
        GHIssue issue = repository.getIssue(pullRequest);
        List<GHIssueComment> existing = find(issue, marker);
        if (existing.isEmpty()) {
            issue.comment(full);
            return CommentResult.CREATED;
        }
        GHIssueComment comment = existing.get(0);
        if (full.equals(comment.getBody())) {
            return CommentResult.UNCHANGED;
        }
        comment.update(full);
        return CommentResult.UPDATED;
    }

    /**
     * A later run passed: the comment of this job (or, with {@code wholeWorkflow}, of every job of the workflow)
     * says so, or is deleted when {@code delete}. Nothing is created: a PR that never failed gets no comment.
     */
    public CommentResult resolve(int pullRequest, CommentMarker marker, String passedBody, boolean delete,
                                 boolean wholeWorkflow) throws IOException {
        return Paging.unwrapped(() -> resolvePaged(pullRequest, marker, passedBody, delete, wholeWorkflow));
    }

    private CommentResult resolvePaged(int pullRequest, CommentMarker marker, String passedBody, boolean delete,
                                       boolean wholeWorkflow) throws IOException {
        GHIssue issue = repository.getIssue(pullRequest);
        CommentResult result = CommentResult.NONE_TO_UPDATE;
        for (GHIssueComment comment : issue.listComments().withPageSize(PAGE_SIZE)) {
            String body = comment.getBody();
            if (body == null || !body.contains(wholeWorkflow ? marker.workflowPrefix() : marker.text())) {
                continue;
            }
            if (delete) {
                comment.delete();
                result = CommentResult.DELETED;
            } else {
                String firstLine = body.substring(0, Math.max(0, body.indexOf('\n')));
                String updated = fit(firstLine + "\n" + passedBody);
                if (!updated.equals(body)) {
                    comment.update(updated);
                    result = CommentResult.UPDATED;
                } else if (result == CommentResult.NONE_TO_UPDATE) {
                    result = CommentResult.UNCHANGED;
                }
            }
        }
        return result;
    }

    private static List<GHIssueComment> find(GHIssue issue, CommentMarker marker) throws IOException {
        List<GHIssueComment> found = new ArrayList<>();
        for (GHIssueComment comment : issue.listComments().withPageSize(PAGE_SIZE)) {
            if (marker.isIn(comment.getBody())) {
                found.add(comment);
            }
        }
        return found;
    }

    /** Cuts at a line boundary and closes an open code fence, so the cut never leaves broken Markdown behind. */
    static String fit(String body) {
        if (body.length() <= MAX_BODY) {
            return body;
        }
        int budget = MAX_BODY - CUT_NOTE.length();
        String cut = cutAtLine(body, budget);
        String fence = openFence(cut);
        if (fence != null) {
            cut = cutAtLine(body, budget - fence.length() - 1);
            fence = openFence(cut);
        }
        String fitted = cut + (fence == null ? "" : fence + "\n") + CUT_NOTE;
        // A hostile log can make fences absurdly long; never exceed the limit, even at the cost of the fence.
        return fitted.length() <= MAX_BODY ? fitted : cutAtLine(body, budget) + CUT_NOTE;
    }

    private static String cutAtLine(String text, int max) {
        String cut = text.substring(0, Math.max(0, Math.min(text.length(), max)));
        int newline = cut.lastIndexOf('\n');
        return newline > 0 ? cut.substring(0, newline + 1) : cut;
    }

    /** The fence of a code block left open in {@code text}, or null. */
    static String openFence(String text) {
        String open = null;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            int ticks = 0;
            while (ticks < trimmed.length() && trimmed.charAt(ticks) == '`') {
                ticks++;
            }
            if (ticks < 3) {
                continue;
            }
            if (open == null) {
                open = "`".repeat(ticks);
            } else if (ticks >= open.length() && trimmed.substring(ticks).isBlank()) {
                open = null;
            }
        }
        return open;
    }
}
