package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
     * @param message      the diagnostic's message as the tool printed it, from what the parser made of it
     */
    private record Tool(String name, Pattern worthReading, Supplier<IssueParser> parser, Predicate<Issue> accepts,
                        Function<Issue, String> message) {
        Tool(String name, Pattern worthReading, Supplier<IssueParser> parser, Predicate<Issue> accepts) {
            this(name, worthReading, parser, accepts, Issue::getMessage);
        }
    }

    private static final Pattern JVM_SOURCE = Pattern.compile("\\.(?:java|kts?)\\b");
    private static final Pattern JVM_FILE = Pattern.compile("\\S+\\.(?:java|kts?)");
    private static final Pattern GCC_DIAGNOSTIC =
            Pattern.compile(":\\d+:(?:\\d+:)? ?(?:fatal )?(?:error|warning|note)");
    /**
     * minitest's and RSpec's progress ({@code ..F.}) before a path: three or more before an absolute one, so that
     * {@code ../} stays; before a relative one, a run that ends in three dots and is followed by a small letter
     * ({@code ...test/x_test.rb}), so that {@code ...F} of a name that begins with a capital stays.
     */
    private static final Pattern PROGRESS_BEFORE_PATH = Pattern.compile("[.FES*]{3,}(?=/)|[.FES*]*\\.{3}(?=[a-z_])");
    /** ld's section and offset after the object's source: {@code main.c:(.text.main+0xa)}. */
    private static final Pattern LINKER_SECTION = Pattern.compile(":\\([^()]*\\+0x\\p{XDigit}+\\)$");
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
            new Tool("rustc", Pattern.compile("--> "), CargoClippyParser::new, ANY, AnalysisModelTools::rustcMessage),
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
                String file = withoutPrefix(issue.getFileName());
                if (!isFileName(file) || !tool.accepts().test(issue)) {
                    continue;
                }
                String message = firstLine(tool.message().apply(issue));
                int index = text.lineNaming(issue.getFileName(), issue.getLineStart(), message, cursor);
                if (index < 0) {
                    continue;
                }
                cursor = index + 1;
                var line = block.lines().get(index);
                found.add(new Location(file, null, positive(issue.getLineStart()),
                        positive(issue.getColumnStart()), message, toolName(tool.name(), issue), line.source(),
                        line.number()));
            }
        }
        return found;
    }

    /**
     * What the parsers' patterns take for a file name around it. Before it: text that a tool printed ahead of the
     * diagnostic, up to a colon and a space (cargo's "warning: " before a build script's gcc output, CocoaPods'
     * "- ERROR | xcodebuild:  ", docker's "docker: Error response from daemon: …: "; no file name holds ": "), and
     * a test runner's progress dots on whose line a Ruby warning (in gcc's format) landed. After it: ld's section.
     */
    private static String withoutPrefix(String file) {
        int colon = file.lastIndexOf(": ");
        String named = colon < 0 ? file : file.substring(colon + 2).strip();
        Matcher progress = PROGRESS_BEFORE_PATH.matcher(named);
        if (progress.lookingAt()) {
            named = named.substring(progress.end());
        }
        return LINKER_SECTION.matcher(named).replaceFirst("");
    }

    /**
     * No file at all, or only what gcc4's pattern leaves of a name in brackets, which it reads as a progress prefix
     * ("[ 45%]"): CoffeeScript's "[stdin]:5:6: error" becomes the file ":5".
     */
    private static boolean isFileName(String file) {
        return !file.isBlank() && !"-".equals(file) && !file.startsWith(":");
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

    /**
     * clippy's pattern splits rustc's {@code error: unused variable: `index`} at its last colon, leaving the type
     * {@code error: unused variable} and the message {@code `index`}; the message is put together again.
     */
    private static String rustcMessage(Issue issue) {
        int colon = issue.getType().indexOf(": ");
        return colon < 0 ? issue.getMessage() : issue.getType().substring(colon + 2) + ": " + issue.getMessage();
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private static Integer positive(int value) {
        return value > 0 ? value : null;
    }
}
