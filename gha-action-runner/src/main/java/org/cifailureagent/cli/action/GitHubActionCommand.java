package org.cifailureagent.cli.action;

import java.util.concurrent.Callable;
import org.cifailureagent.publish.github.GitHubLimits;
import picocli.CommandLine.Command;

/**
 * {@code github-action}: the GitHub Action's entry point. It takes no options: GitHub passes the inputs as
 * {@code INPUT_*} environment variables and the run's context as {@code GITHUB_*} ones (see action.yml).
 */
@Command(name = "github-action", mixinStandardHelpOptions = true,
        description = {"Runs as the GitHub Action: reads INPUT_* and GITHUB_* environment variables, analyzes the "
                + "failed job, annotates it, writes the job summary and outputs and keeps one PR comment up to date.",
            "Exit status: 0, also when analysis or publishing failed (then with warnings), unless the input "
                    + "fail-on-error is true."})
public final class GitHubActionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return new ActionRun(System.getenv(), System.out, GitHubLimits.standard()).run();
    }
}
