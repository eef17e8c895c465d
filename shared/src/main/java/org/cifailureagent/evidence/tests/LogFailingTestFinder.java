package org.cifailureagent.evidence.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.evidence.FailingTest;
import org.cifailureagent.evidence.FailingTestFinder;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Finds failed tests in test runners' console output within the evidence blocks, named canonically (docs/report.md,
 * "Failing test names"): each test once, in log order, at most {@link #MAX_TESTS}. Holds no state, so one instance
 * serves any number of threads.
 */
public final class LogFailingTestFinder implements FailingTestFinder {
    public static final int MAX_TESTS = 50;

    private static final List<TestFormat> FORMATS = List.of(
            new SurefireFormat(), new GradleFormat(), new PytestFormat(), new JestFormat(), new GoTestFormat(),
            new CargoTestFormat(), new ExUnitFormat(), new JasmineFormat(), new MinitestFormat(), new PhpUnitFormat(),
            new RspecFormat(), new MochaFormat(), new TestUnitFormat(), new UnittestFormat(), new BustedFormat(),
            new TapFormat(), new ScalaTestFormat(), NameThenMessageFormat.XUNIT_NET, NameThenMessageFormat.PESTER,
            new XcprettyFormat(), new CommonTestFormat(), new TastyFormat(), NameThenMessageFormat.KARMA,
            new GoogleTestFormat(), new CtestFormat(), new TestthatFormat(), new PhpRunTestsFormat(),
            new VimRuntestFormat());

    @Override
    public List<FailingTest> find(List<LogBlock> blocks) {
        Map<String, FailingTest> byName = new LinkedHashMap<>();
        for (LogBlock block : blocks) {
            List<NormalizedLine> lines = block.lines();
            for (int i = 0; i < lines.size(); i++) {
                for (TestFormat format : FORMATS) {
                    FailingTest test = format.match(lines, i);
                    if (test != null) {
                        byName.merge(test.name(), test, LogFailingTestFinder::keepMessage);
                        break;
                    }
                }
            }
        }
        List<FailingTest> tests = new ArrayList<>();
        for (FailingTest test : byName.values()) {
            if (!isNamedBetterElsewhere(test, byName) && tests.size() < MAX_TESTS) {
                tests.add(test);
            }
        }
        return tests;
    }

    /** The first report of a test stays; a later one only lends its message when the first had none. */
    private static FailingTest keepMessage(FailingTest first, FailingTest later) {
        return first.message() != null || later.message() == null ? first
                : new FailingTest(first.name(), later.message(), first.source(), first.number());
    }

    /**
     * Surefire's summary names the class without its package ({@code AppTest.testX}) where its report line named it
     * in full ({@code com.example.AppTest.testX}, with JUnit 5 also the parameters and invocation,
     * {@code com.example.AppTest.testX(int)[2]}); and go reports a parent test failed when one of its subtests did.
     * The full name and the subtest are the ones to keep.
     */
    private static boolean isNamedBetterElsewhere(FailingTest test, Map<String, FailingTest> byName) {
        for (String other : byName.keySet()) {
            int parameters = other.indexOf('(');
            String method = parameters > 0 ? other.substring(0, parameters) : other;
            if (other.endsWith('.' + test.name()) || !method.equals(other) && method.endsWith('.' + test.name())
                    || other.startsWith(test.name() + '/')) {
                return true;
            }
        }
        return false;
    }
}
