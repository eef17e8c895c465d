package org.cifailureagent.cli.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The few fields of the triggering event ({@code GITHUB_EVENT_PATH}) the action needs: the pull request of a
 * {@code pull_request} event, and for {@code workflow_run} the analyzed run, its conclusion and where its head
 * came from (a fork's PR is not listed in {@code pull_requests}, so it is found from SHA and branch).
 */
record EventPayload(
        Integer pullRequest,
        Long workflowRunId,
        String workflowRunName,
        String workflowRunConclusion,
        String headSha,
        String headBranch,
        String headOwner) {

    static EventPayload none() {
        return new EventPayload(null, null, null, null, null, null, null);
    }

    static EventPayload read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(file));
        if (root == null || !root.isObject()) {
            return none();
        }
        JsonNode run = root.path("workflow_run");
        if (run.isObject()) {
            JsonNode prs = run.path("pull_requests");
            Integer pr = prs.isArray() && prs.size() > 0 && prs.get(0).path("number").canConvertToInt()
                    ? prs.get(0).path("number").asInt() : null;
            return new EventPayload(pr, run.path("id").canConvertToLong() ? run.path("id").asLong() : null,
                    text(run.path("name")), text(run.path("conclusion")), text(run.path("head_sha")),
                    text(run.path("head_branch")), text(run.path("head_repository").path("owner").path("login")));
        }
        JsonNode pullRequest = root.path("pull_request");
        if (pullRequest.isObject() && pullRequest.path("number").canConvertToInt()) {
            JsonNode head = pullRequest.path("head");
            return new EventPayload(pullRequest.path("number").asInt(), null, null, null, text(head.path("sha")),
                    text(head.path("ref")), text(head.path("repo").path("owner").path("login")));
        }
        return none();
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
