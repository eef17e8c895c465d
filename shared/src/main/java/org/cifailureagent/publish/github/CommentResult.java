package org.cifailureagent.publish.github;

/** What happened to the PR comment. */
public enum CommentResult {
    CREATED, UPDATED, UNCHANGED, DELETED, NONE_TO_UPDATE
}
