package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Maven Surefire/Failsafe. Three shapes, all named {@code classname.method}:
 * <ul>
 * <li>since 3.0: {@code [ERROR] com.example.AppTest.testDivide -- Time elapsed: 0.01 s <<< FAILURE!}</li>
 * <li>before: {@code [ERROR] testDivide(com.example.AppTest)  Time elapsed: 0.01 sec  <<< FAILURE!}</li>
 * <li>the summary: {@code [ERROR]   AppTest.testDivide:17 expected:<1> but was:<2>} (simple class name)</li>
 * </ul>
 * The first two take the exception line that follows as message; the summary carries its own.
 */
final class SurefireFormat implements TestFormat {
    private static final Pattern CURRENT = Pattern.compile(
            "^(?:\\[(?:ERROR|INFO)\\] )?([\\w.$]+)\\.([\\w$\\[\\]() ,-]+?) -- Time elapsed: .*<<< (?:FAILURE|ERROR)!");
    private static final Pattern OLD = Pattern.compile(
            "^(?:\\[(?:ERROR|INFO)\\] )?([\\w$\\[\\]]+)\\(([\\w.$]+)\\)\\s+Time elapsed: .*<<< (?:FAILURE|ERROR)!");
    private static final Pattern SUMMARY = Pattern.compile(
            "^\\[ERROR\\]\\s{3}(?:Run \\d+: )?([\\w$]+(?:\\.[\\w$]+)*)\\.([\\w$]+)"
                    + "(?::\\d+(?:->\\S+)?)?\\s+(?:» )?(.*)$");

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        NormalizedLine line = lines.get(index);
        String text = line.text();
        if (text.contains("<<<")) {
            Matcher current = CURRENT.matcher(text);
            if (current.find()) {
                return TestFormat.test(line, current.group(1) + '.' + current.group(2),
                        TestFormat.nextText(lines, index, 1));
            }
            Matcher old = OLD.matcher(text);
            if (old.find()) {
                return TestFormat.test(line, old.group(2) + '.' + old.group(1), TestFormat.nextText(lines, index, 1));
            }
            return null;
        }
        Matcher summary = SUMMARY.matcher(text);
        if (summary.matches() && !text.contains("Tests run:")) {
            return TestFormat.test(line, summary.group(1) + '.' + summary.group(2), summary.group(3));
        }
        return null;
    }
}
