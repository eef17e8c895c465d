package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.IssueParser;
import edu.hm.hafner.analysis.Report;
import edu.hm.hafner.analysis.parser.AntJavacParser;
import edu.hm.hafner.analysis.parser.CargoClippyParser;
import edu.hm.hafner.analysis.parser.Gcc4CompilerParser;
import edu.hm.hafner.analysis.parser.Gcc4LinkerParser;
import edu.hm.hafner.analysis.parser.GoLintParser;
import edu.hm.hafner.analysis.parser.GoVetParser;
import edu.hm.hafner.analysis.parser.JavacParser;
import edu.hm.hafner.analysis.parser.MsBuildParser;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;

/**
 * The compiler and tool formats that jenkinsci/analysis-model parses, run over a block's text. The parser classes
 * are built directly rather than through {@code ParserRegistry}, whose construction loads every one of its 140
 * descriptors (about half a second); and a new set per call, because analysis-model's line parsers keep the
 * directories of "Entering directory" lines in a field, so one instance must not serve two threads.
 */
final class AnalysisModelTools {
    private static final Predicate<Issue> ANY = issue -> true;
    /** checkstyle's messages: "(whitespace) WhitespaceAround: ..." from Maven, "... [WhitespaceAround]" plain. */
    private static final Pattern CHECKSTYLE_MESSAGE = Pattern.compile("^\\(\\w+\\) \\w+: .*|.* \\[\\w+\\]$");

    /**
     * @param worthReading a cheap look at the whole block: analysis-model's patterns cost far more per line than one
     *                     search, and most blocks hold no output of most tools
     */
    private record Tool(String name, Pattern worthReading, Supplier<IssueParser> parser, Predicate<Issue> accepts) {
    }

    private static final Pattern JVM_SOURCE = Pattern.compile("\\.(?:java|kts?)\\b");
    private static final Pattern JVM_FILE = Pattern.compile("\\S+\\.(?:java|kts?)");
    private static final Pattern GCC_DIAGNOSTIC =
            Pattern.compile(":\\d+:(?:\\d+:)? ?(?:fatal )?(?:error|warning|note)");
    private static final Pattern SEVERITY_PREFIX = Pattern.compile("(?:warning|error|note): (.+)");
    /** minitest's and RSpec's progress ({@code ..F.}) before an absolute path; three or more, so {@code ../} stays. */
    private static final Pattern PROGRESS_BEFORE_PATH = Pattern.compile("[.FES*]{3,}(?=/)");
    private static final Pattern GO_SOURCE = Pattern.compile("\\.go:\\d");
    private static final Pattern LINKER =
            Pattern.compile("undefined reference|multiple definition|\\bld: |ld returned");

    /** In order of preference: when two parsers name the same place from the same log line, the first one wins. */
    private static final List<Tool> TOOLS = List.of(
            // analysis-model id "java" (JavacParser + AntJavacParser), "kotlin" (JavacParser): javac as Maven and
            // Gradle print it, plain javac, kotlinc, and checkstyle's lines in Maven's output. Their patterns also
            // take Surefire's "Tests run: 3, ..." for a file named "Tests run", so only source files are taken.
            new Tool("javac", JVM_SOURCE, JavacParser::new, AnalysisModelTools::isJvmFile),
            new Tool("javac", JVM_SOURCE, AntJavacParser::new, AnalysisModelTools::isJvmFile),
            // "gcc4" (compiler half): gcc and clang. Its pattern also takes GHC's lines that carry a warning's flag
            // after the severity, but not their message, which GhcFormat reads from the line below.
            new Tool("gcc", GCC_DIAGNOSTIC, Gcc4CompilerParser::new,
                    issue -> !GhcFormat.isHaskell(issue.getFileName())),
            // "gcc4" (linker half): ld, including "undefined reference".
            new Tool("ld", LINKER, Gcc4LinkerParser::new, ANY),
            // "clippy": rustc and cargo diagnostics with their "-->" location line.
            new Tool("rustc", Pattern.compile("--> "), CargoClippyParser::new, ANY),
            // "golint": go build errors with columns. "go-vet": go test's "file_test.go:7: message". Both
            // patterns accept any file, so only Go files are taken from them.
            new Tool("go", GO_SOURCE, GoLintParser::new, AnalysisModelTools::isGoFile),
            new Tool("go", GO_SOURCE, GoVetParser::new, AnalysisModelTools::isGoFile),
            // "msbuild": tsc's plain format "src/a.ts(3,7): error TS2322: ...", kept only with a TS code.
            new Tool("tsc", Pattern.compile("(?:error|warning) TS\\d"), MsBuildParser::new,
                    issue -> issue.getCategory().matches("TS\\d+")));

    private AnalysisModelTools() {
    }

    static List<Location> find(LogBlock block) {
        BlockText text = new BlockText(block);
        List<Location> found = new ArrayList<>();
        for (Tool tool : TOOLS) {
            if (!tool.worthReading().matcher(text.text()).find()) {
                continue;
            }
            Report report;
            try {
                report = tool.parser().get().parse(text.readerFactory());
            } catch (RuntimeException e) {
                // One parser tripping over unusual text must not cost the locations the others find.
                continue;
            }
            int cursor = 0;
            for (Issue issue : report) {
                if (!hasFile(issue) || !tool.accepts().test(issue)) {
                    continue;
                }
                String message = firstLine(issue.getMessage());
                int index = text.lineNaming(issue.getFileName(), issue.getLineStart(), message, cursor);
                if (index < 0) {
                    continue;
                }
                cursor = index + 1;
                var line = block.lines().get(index);
                found.add(new Location(withoutPrefix(issue.getFileName()), null, positive(issue.getLineStart()),
                        positive(issue.getColumnStart()), message, toolName(tool.name(), issue), line.source(),
                        line.number()));
            }
        }
        return found;
    }

    /**
     * What gcc4's pattern takes for the start of a file name: cargo prints a build script's gcc output behind
     * "warning: ", and a Ruby warning (in gcc's format) lands on the line of a test runner's progress dots.
     */
    private static String withoutPrefix(String file) {
        Matcher prefixed = SEVERITY_PREFIX.matcher(file);
        String named = prefixed.matches() ? prefixed.group(1) : file;
        Matcher progress = PROGRESS_BEFORE_PATH.matcher(named);
        return progress.lookingAt() ? named.substring(progress.end()) : named;
    }

    private static boolean hasFile(Issue issue) {
        String file = issue.getFileName();
        return !file.isBlank() && !"-".equals(file);
    }

    private static boolean isJvmFile(Issue issue) {
        return JVM_FILE.matcher(issue.getFileName()).matches();
    }

    private static boolean isGoFile(Issue issue) {
        return issue.getFileName().endsWith(".go");
    }

    /** The javac parsers also read checkstyle's and kotlinc's output; the report should name the tool that spoke. */
    private static String toolName(String name, Issue issue) {
        if (!"javac".equals(name)) {
            return name;
        }
        if (CHECKSTYLE_MESSAGE.matcher(issue.getMessage()).matches()) {
            return "checkstyle";
        }
        return issue.getFileName().endsWith(".kt") || issue.getFileName().endsWith(".kts") ? "kotlinc" : name;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private static Integer positive(int value) {
        return value > 0 ? value : null;
    }
}
