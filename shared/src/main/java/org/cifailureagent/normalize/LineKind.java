package org.cifailureagent.normalize;

/** What a line is, as far as CI framing tells. Most lines are plain tool output. */
public enum LineKind {
    /** Output of the build's own tools. */
    OUTPUT,
    /** Start of a GitHub group ({@code ##[group]}, {@code ::group::}) or a Jenkins stage; the text is its name. */
    SECTION_START,
    /** End of a GitHub group. */
    SECTION_END,
    /** A CI-side error marker ({@code ##[error]}, {@code ::error ...::}); the text is its message. */
    CI_ERROR,
    /** A CI-side warning marker; the text is its message. */
    CI_WARNING,
    /** A command the CI echoes before running it ({@code ##[command]}, {@code + cmd} under Jenkins sh). */
    COMMAND,
    /**
     * What a GitHub step's header group shows before the step runs: its script, shell, inputs and environment
     * ({@link GitHubStepHeader}).
     */
    STEP_SCRIPT,
    /** Jenkins pipeline framing such as {@code [Pipeline] sh}. */
    PIPELINE,
    /** A {@code ::add-mask::} line; its text is already masked, the value goes to the redactor. */
    MASK
}
