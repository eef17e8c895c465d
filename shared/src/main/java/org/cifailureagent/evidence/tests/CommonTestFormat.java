package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Erlang's common_test. ct_run prints {@code ledger_SUITE:balance_of_two failed on line 23} over
 * {@code Reason: {badmatch,4}}; rebar3 prints {@code %%% ledger_SUITE ==> rounding.balance_of_two: FAILED} over
 * {@code %%% ledger_SUITE ==> {{badmatch,4},}. Named {@code ledger_SUITE.balance_of_two} (with rebar3 the group too),
 * as the suite and case of ct's JUnit report. ct_run names the function that failed, which is a helper's when the
 * case failed inside one ({@code rabbit_ct_broker_helpers:rpc}); only a suite's (a module ending in {@code _SUITE}) is
 * taken.
 */
final class CommonTestFormat implements TestFormat {
    private static final Pattern CT_RUN = Pattern.compile("^(\\w+_SUITE):(\\w+) failed(?: on line \\d+)?$");
    private static final Pattern CT_RUN_REASON = Pattern.compile("^Reason: (.+)$");
    private static final Pattern REBAR3 = Pattern.compile("^%%% (\\w+) ==> ([\\w.]+): FAILED$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        String text = lines.get(index).text();
        String next = index + 1 < lines.size() ? lines.get(index + 1).text() : "";
        Matcher ctRun = CT_RUN.matcher(text);
        if (ctRun.matches()) {
            Matcher reason = CT_RUN_REASON.matcher(next);
            return TestFormat.test(lines.get(index), ctRun.group(1) + "." + ctRun.group(2),
                    reason.matches() ? reason.group(1) : null);
        }
        Matcher rebar3 = REBAR3.matcher(text);
        if (rebar3.matches()) {
            String prefix = "%%% " + rebar3.group(1) + " ==> ";
            return TestFormat.test(lines.get(index), rebar3.group(1) + "." + rebar3.group(2),
                    next.startsWith(prefix) ? next.substring(prefix.length()) : null);
        }
        return null;
    }
}
