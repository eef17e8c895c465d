package org.cifailureagent.publish.github;

/**
 * The hidden HTML comment that identifies the one PR comment kept per workflow and job. The run number and
 * attempt are deliberately left out: a re-run or a new push edits the same comment instead of adding one.
 */
public record CommentMarker(String workflow, String job) {
    private static final String PREFIX = "<!-- ci-failure-agent";

    public String text() {
        return PREFIX + " workflow=\"" + clean(workflow) + "\" job=\"" + clean(job) + "\" -->";
    }

    /** Matches the comments of this workflow, whatever the job: a passing run updates them all. */
    public String workflowPrefix() {
        return PREFIX + " workflow=\"" + clean(workflow) + "\" job=\"";
    }

    public boolean isIn(String body) {
        return body != null && body.contains(text());
    }

    /** Names come from workflow files and fork PRs could shape them: nothing may end the HTML comment early. */
    private static String clean(String name) {
        String value = name == null ? "" : name;
        return value.replace("--", "-").replace(">", "").replace("\"", "'").replace("\n", " ").replace("\r", " ");
    }
}
