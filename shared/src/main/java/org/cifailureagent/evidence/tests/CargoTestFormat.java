package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * cargo test: {@code test tests::it_works ... FAILED}, named by the test's path. The message is the panic's, further
 * down: the line after {@code thread 'tests::it_works' panicked at src/lib.rs:11:9:}, or, before Rust 1.73, the
 * quote on that line itself: {@code panicked at 'Ref test failed', tests/ref.rs:125:9}, whose first line is all
 * there is when the message runs over several. In a long run the panic lies in another block than the test's line;
 * its {@code ---- tests::it_works stdout ----} header then announces the test again, with the message.
 */
final class CargoTestFormat implements TestFormat {
    private static final Pattern FAILED = Pattern.compile("^test (\\S+) \\.\\.\\. FAILED$");
    private static final Pattern STDOUT_HEADER = Pattern.compile("^---- (\\S+) stdout ----$");
    private static final Pattern QUOTED_PANIC = Pattern.compile(" panicked at '(.*?)(?:', [^']*:\\d+:\\d+)?$");
    private static final int REACH = 200;
    /** The panic follows its header at once, or after a blank line (Rust 1.73 and later). */
    private static final int HEADER_REACH = 2;

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        String text = lines.get(index).text();
        Matcher failed = FAILED.matcher(text);
        if (failed.matches()) {
            String name = failed.group(1);
            return TestFormat.test(lines.get(index), name, panicMessage(lines, index, REACH, name));
        }
        Matcher header = STDOUT_HEADER.matcher(text);
        if (header.matches()) {
            String message = panicMessage(lines, index, HEADER_REACH, header.group(1));
            return message == null ? null : TestFormat.test(lines.get(index), header.group(1), message);
        }
        return null;
    }

    private static String panicMessage(List<NormalizedLine> lines, int index, int reach, String name) {
        String thread = "thread '" + name + "'";
        for (int i = index + 1; i < Math.min(lines.size(), index + 1 + reach); i++) {
            String text = lines.get(i).text();
            if (text.startsWith(thread) && text.contains(" panicked at ")) {
                Matcher quoted = QUOTED_PANIC.matcher(text);
                if (quoted.find()) {
                    return quoted.group(1);
                }
                return i + 1 < lines.size() ? lines.get(i + 1).text() : null;
            }
        }
        return null;
    }
}
