package org.cifailureagent.evidence.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * The Test Anything Protocol, as tape, node-tap, Bats, busted ({@code -o TAP}) and git's test suite print it:
 * {@code not ok 2 - joins words with dashes}, named by its description. Only the top level counts: node-tap indents
 * the assertions of a subtest under the subtest's own line. A {@code # TODO} test is expected to fail, and a
 * {@code # SKIP} one did not run. The message is the first diagnostic line ({@code # ...}) below it that does not
 * only say where the test is, or, in the YAML block that TAP 13 opens with {@code ---} below it, the error that node's
 * test runner gives ({@code error: 'rate limit exceeded'}, or the first line of an {@code error: |-} block), else
 * tape's expected value with the actual one ({@code expected: 5; actual: 6}).
 */
final class TapFormat implements TestFormat {
    private static final Pattern NOT_OK = Pattern.compile("^not ok \\d+(?: -)? (.+?)(?: # time=\\S+)?$");
    private static final Pattern DIRECTIVE = Pattern.compile("# (?:TODO|SKIP)\\b", Pattern.CASE_INSENSITIVE);
    /** Bats' {@code (in test file test/slug.bats, line 12)}, busted's {@code spec/basket_spec.lua @ 9}. */
    private static final Pattern WHERE = Pattern.compile("^\\(in test file .*\\)$|^\\S+ @ \\d+$");
    private static final int MAX_DIAGNOSTICS = 3;
    /** git's test suite prints the failed test's script under it, each line behind {@code #\t}: code, no message. */
    private static final String SCRIPT = "#\t";
    /** The YAML block's lines before its {@code expected:} (tape prints {@code operator:} first). */
    private static final int MAX_YAML_LINES = 4;
    /** The YAML block's lines before its {@code error:} (node prints the test's duration, place and kind first). */
    private static final int MAX_YAML_LINES_BEFORE_ERROR = 8;
    private static final String ERROR_KEY = "error:";

    @Override
    public FailingTest match(List<NormalizedLine> lines, int index) {
        Matcher m = NOT_OK.matcher(lines.get(index).text());
        if (!m.matches() || DIRECTIVE.matcher(m.group(1)).find()) {
            return null;
        }
        return TestFormat.test(lines.get(index), m.group(1).strip(), diagnostic(lines, index));
    }

    private static String diagnostic(List<NormalizedLine> lines, int index) {
        if (index + 1 < lines.size() && lines.get(index + 1).text().strip().equals("---")) {
            String error = error(lines, index + 2);
            return error != null ? error : expectation(lines, index + 2);
        }
        for (int i = index + 1; i < Math.min(lines.size(), index + 1 + MAX_DIAGNOSTICS); i++) {
            String text = lines.get(i).text();
            if (!text.startsWith("#") || text.startsWith(SCRIPT)) {
                return null;
            }
            String said = text.substring(1).strip();
            if (!said.isEmpty() && !WHERE.matcher(said).matches()) {
                return said;
            }
        }
        return null;
    }

    /** node's {@code error:} in the YAML block from {@code from}: quoted on its line, or a block's first line. */
    private static String error(List<NormalizedLine> lines, int from) {
        for (int i = from; i < Math.min(lines.size(), from + MAX_YAML_LINES_BEFORE_ERROR); i++) {
            String text = lines.get(i).text().strip();
            if (text.equals("...")) {
                return null;
            }
            if (text.startsWith(ERROR_KEY)) {
                String value = text.substring(ERROR_KEY.length()).strip();
                boolean block = value.startsWith("|") || value.startsWith(">");
                String message = block ? (i + 1 < lines.size() ? lines.get(i + 1).text().strip() : "")
                        : unquoted(value);
                return message.isEmpty() ? null : message;
            }
        }
        return null;
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private static String expectation(List<NormalizedLine> lines, int from) {
        for (int i = from; i < Math.min(lines.size(), from + MAX_YAML_LINES); i++) {
            String text = lines.get(i).text().strip();
            if (text.startsWith("expected:")) {
                return Expectation.answered(lines, i, text.replaceAll("\\s+", " "));
            }
        }
        return null;
    }
}
