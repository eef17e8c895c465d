package org.cifailureagent.workspace;

import java.io.Serializable;
import java.util.List;

/**
 * What the workspace's git checkout says about the failed build: the checked-out commit, the commits of the range
 * that may have caused the failure (newest first, merge commits left out), who last changed the reported lines, and
 * notes on what could not be determined (shallow clone, missing commits, budget exceeded).
 *
 * @param range how the range was chosen, e.g. {@code abc1234..def5678 (--since)}
 */
public record GitFacts(String head, String range, boolean shallow, List<CommitFacts> commits, List<BlameFact> blame,
                       List<String> notes) implements Serializable {
    public GitFacts {
        commits = List.copyOf(commits);
        blame = List.copyOf(blame);
        notes = List.copyOf(notes);
    }
}
