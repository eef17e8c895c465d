package org.cifailureagent.report;

import java.util.List;

/**
 * The hints a report shows a reader: those of the rules of the answer's category when any has one, else those of the
 * other rules that matched (the answer may be {@code unknown}, or its category's rules have no advice). A hint of
 * another category beside the answer's would contradict it: after a full disk, a linker's exit status also matches
 * the linker-error rule. {@code rulesMatched} lists the most relevant rules first. The text, Markdown and GitHub
 * renderings and the Jenkins build page all show these.
 */
public final class ShownHints {
    static final int MAX = 3;

    private ShownHints() {
    }

    public static List<Report.RuleMatched> of(Report report) {
        List<Report.RuleMatched> withHints = report.rulesMatched().stream().filter(rule -> rule.hint() != null).toList();
        List<Report.RuleMatched> ofAnswer = withHints.stream()
                .filter(rule -> rule.category().equals(report.category())).toList();
        return (ofAnswer.isEmpty() ? withHints : ofAnswer).stream().limit(MAX).toList();
    }
}
