package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * cargo test: {@code test tests::it_works ... FAILED}, named by the test's path. The message is the panic's, the line
 * after {@code thread 'tests::it_works' panicked at ...} further down.
 */
final class CargoTestFormat implements TestFormat {
    private static final Pattern FAILED = Pattern.compile("^test (\\S+) \\.\\.\\. FAILED$");
    private static final int REACH = 200;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = FAILED.matcher(lines.get(index).text());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1);
        String thread = "thread '" + name + "'";
        for (int i = index + 1; i < Math.min(lines.size() - 1, index + REACH); i++) {
            String text = lines.get(i).text();
            if (text.startsWith(thread) && text.contains(" panicked at ")) {
                return TestFormat.test(lines.get(index), name, lines.get(i + 1).text());
            }
        }
        return TestFormat.test(lines.get(index), name, null);
    }
}
