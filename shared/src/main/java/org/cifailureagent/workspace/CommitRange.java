package org.cifailureagent.workspace;

import java.io.Serializable;

/**
 * The commits that may have caused a failure: reachable from {@code head} but not from {@code base}. The GitHub
 * Action fills it for a {@code pull_request} event from the payload ({@code pull_request.base.sha},
 * {@code pull_request.head.sha}), because the checked-out HEAD there is a synthetic merge commit. Either end may be
 * any revision JGit resolves (full or abbreviated id, ref name).
 */
public record CommitRange(String base, String head) implements Serializable {
    public CommitRange {
        if (head == null || head.isBlank()) {
            throw new IllegalArgumentException("a commit range needs a head");
        }
    }

    /** Parses {@code BASE..HEAD}. */
    public static CommitRange parse(String text) {
        int dots = text.indexOf("..");
        if (dots <= 0 || dots + 2 >= text.length()) {
            throw new IllegalArgumentException("expected BASE..HEAD, got '" + text + "'");
        }
        return new CommitRange(text.substring(0, dots), text.substring(dots + 2));
    }
}
