package org.cifailureagent.structure;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.cifailureagent.normalize.LineKind;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * Follows the steps of a build as its lines stream by: sources (one per step in GitHub's archives), GitHub groups,
 * Jenkins stages, Maven plugin executions and the command that Travis CI says failed; and finds the exit code that
 * ended it.
 */
public final class StructureTracker {
    /** Beyond this many steps, later ones are merged into the last, so memory stays bounded. */
    static final int MAX_STEPS = 2_000;

    private static final Pattern EXIT_CODE = Pattern.compile(
            "(?:Process completed with exit code|script returned exit code|exited with(?: code| status)?"
                    + "|exit status|Your build exited with|returned a non-zero code:|exit code:?) (\\d{1,3})\\b");
    private static final Pattern MAKE_ERROR = Pattern.compile("^(?:g?make)(?:\\[\\d+\\])?: \\*\\*\\* .* Error (\\d+)");
    /**
     * Runs on every Maven plugin header, thousands in a log: the JDK's engine takes a tenth of RE2/J's time here, and
     * this fixed pattern cannot backtrack (each group stops at a character that the next part needs).
     */
    private static final java.util.regex.Pattern MAVEN_EXECUTION = java.util.regex.Pattern.compile(
            "^\\[INFO\\] --- (\\S+) \\(([^)]+)\\) @ (\\S+) ---");

    /**
     * Travis CI's line after a command of the build script ended, or failed every try of {@code travis_retry}; it
     * quotes the command as its echo showed it.
     */
    private static final Pattern TRAVIS_COMMAND_END = Pattern.compile(
            "^The command \"(.+)\" (?:exited with (\\d+)|failed \\d+ times)\\.$");
    private static final Pattern TRAVIS_COMMAND_LAST_LINE = Pattern.compile(
            "^.*\" (?:exited with (\\d+)|failed \\d+ times)\\.$");
    /** Beyond this many lines a command's quote is taken for something else, and the search ends. */
    private static final int MAX_COMMAND_LINES = 200;
    /**
     * Echoes of commands ("$ cmd") kept to find the failing command's own: the tools it runs may echo theirs too (yarn
     * prints "$ jest" for a script), so the last echo is not always it.
     */
    private static final int RECENT_ECHOES = 64;

    /**
     * Every phrase of EXIT_CODE holds "exit" or "non-zero", MAKE_ERROR "make": lines without them are spared the
     * regular expressions, which otherwise run on every line of a log whose exit code is never found.
     */
    public static final List<String> EXIT_CUES = List.of("exit", "non-zero", "make");

    private final boolean sourcesAreSteps;
    private final BooleanSupplier exitCued;
    private final List<Step> steps = new ArrayList<>();
    private String currentName;
    private String currentSource;
    private long currentFirst;
    private long lastNumber;
    private ExitStatus exitStatus;
    private int failingStepIndex = -1;
    private int ciErrorStepIndex = -1;
    private final ArrayDeque<NormalizedLine> recentEchoes = new ArrayDeque<>();
    private Step failingCommand;
    /** The first line of Travis's end line for a command of several lines, until its last line is read. */
    private NormalizedLine commandRunningOver;
    private int linesOfCommand;
    private int quotedScriptLinesEndingHere;

    /** A tracker that searches every line for {@link #EXIT_CUES} itself. */
    public StructureTracker(boolean sourcesAreSteps) {
        this(sourcesAreSteps, () -> true);
    }

    /**
     * @param sourcesAreSteps whether each source (entry of a zip or directory) is one step of the build
     * @param exitCued whether the line being read holds one of {@link #EXIT_CUES}, ignoring case: a scan finds them in
     *        its one literal pass over the line, and false spares the tracker its own search
     */
    public StructureTracker(boolean sourcesAreSteps, BooleanSupplier exitCued) {
        this.sourcesAreSteps = sourcesAreSteps;
        this.exitCued = exitCued;
    }

    public void accept(NormalizedLine line) {
        if (!line.source().equals(currentSource)) {
            // The previous source's step ends with that source's last line, not with this line's number minus one.
            if (sourcesAreSteps) {
                startStep(stepNameOfSource(line.source()), line.source(), line.number(), lastNumber);
            } else {
                closeStep(lastNumber);
                currentSource = line.source();
            }
        }
        lastNumber = line.number();
        quotedScriptLinesEndingHere = 0;
        String text = line.text();
        if (line.kind() == LineKind.SECTION_START && !text.isEmpty()) {
            startStep(text, line.source(), line.number(), line.number() - 1);
        } else if (line.kind() == LineKind.OUTPUT && text.startsWith("[INFO] --- ")) {
            java.util.regex.Matcher execution = MAVEN_EXECUTION.matcher(text);
            if (execution.find()) {
                startStep(execution.group(1) + " (" + execution.group(2) + ") @ " + execution.group(3),
                        line.source(), line.number(), line.number() - 1);
            }
        }
        if (line.kind() == LineKind.CI_ERROR && ciErrorStepIndex < 0) {
            ciErrorStepIndex = currentStepIndex();
        }
        if (exitStatus == null) {
            findExitCode(line);
        }
        if (line.kind() == LineKind.COMMAND && text.startsWith("$ ")) {
            if (recentEchoes.size() == RECENT_ECHOES) {
                recentEchoes.removeFirst();
            }
            recentEchoes.addLast(line);
        } else if (failingCommand == null && text.startsWith("The command \"")) {
            travisCommandEnd(line);
        } else if (commandRunningOver != null) {
            commandRunsOver(line);
        }
    }

    /** The failing command runs from its echo to Travis's line that quotes it; without an echo, that line alone. */
    private void travisCommandEnd(NormalizedLine line) {
        Matcher m = TRAVIS_COMMAND_END.matcher(line.text());
        if (!m.matches()) {
            // "The command "x" failed. Retrying, 2 of 3." is complete; a quote left open runs over the next lines.
            commandRunningOver = line.text().contains("\" failed. Retrying") ? null : line;
            linesOfCommand = 1;
        } else if (!"0".equals(m.group(2))) {
            failingCommand = commandStep(m.group(1), m.group(1), line);
        }
    }

    /**
     * A command of several lines (a {@code bash -c "..."} block in .travis.yml) is quoted over as many: its first line
     * names the step, marked as cut, and its echo showed that first line too.
     */
    private void commandRunsOver(NormalizedLine line) {
        Matcher end = TRAVIS_COMMAND_LAST_LINE.matcher(line.text());
        if (end.matches()) {
            quotedScriptLinesEndingHere = linesOfCommand - 1;
            String firstLine = commandRunningOver.text().substring("The command \"".length());
            if (!"0".equals(end.group(1))) {
                failingCommand = commandStep(firstLine.strip() + " …", firstLine, line);
            }
            commandRunningOver = null;
        } else if (++linesOfCommand > MAX_COMMAND_LINES || !line.source().equals(commandRunningOver.source())) {
            commandRunningOver = null;
        }
    }

    private Step commandStep(String name, String echoed, NormalizedLine end) {
        String echo = "$ " + echoed;
        long first = end.number();
        for (Iterator<NormalizedLine> latestFirst = recentEchoes.descendingIterator(); latestFirst.hasNext(); ) {
            NormalizedLine candidate = latestFirst.next();
            if (candidate.text().equals(echo) && candidate.source().equals(end.source())) {
                first = candidate.number();
                break;
            }
        }
        return new Step(name, end.source(), first, end.number());
    }

    private void findExitCode(NormalizedLine line) {
        String text = line.text();
        if (text.length() > 400 || !exitCued.getAsBoolean() || text.indexOf("exit") < 0
                && text.indexOf("non-zero") < 0 && text.indexOf("make") < 0) {
            return;
        }
        Matcher m = EXIT_CODE.matcher(text);
        if (!m.find()) {
            m = MAKE_ERROR.matcher(text);
            if (!m.find()) {
                return;
            }
        }
        int code = Integer.parseInt(m.group(1));
        if (code != 0 && code <= 255) {
            exitStatus = new ExitStatus(code, line.source(), line.number());
            failingStepIndex = currentStepIndex();
        }
    }

    /**
     * When the line just read ends Travis's quote of a command of several lines, how many lines lie between the
     * quote's first line and this one; else 0. They are the build script as .travis.yml wrote it, not its output.
     */
    public int quotedScriptLinesEndingHere() {
        return quotedScriptLinesEndingHere;
    }

    /** True once a non-zero exit of the build's command has been seen. */
    public boolean failureSeen() {
        return exitStatus != null;
    }

    /** The index the open step will have once closed, or -1 when the line lies outside every step. */
    private int currentStepIndex() {
        return currentName == null ? -1 : steps.size();
    }

    /** The step in which this line lies, as far as the stream has shown so far. */
    public String currentStepName() {
        return currentName;
    }

    private void startStep(String name, String source, long number, long previousLast) {
        if (steps.size() >= MAX_STEPS - 1 && currentName != null) {
            return; // the last step takes in all later ones
        }
        closeStep(previousLast);
        currentName = name;
        currentSource = source;
        currentFirst = number;
    }

    private void closeStep(long last) {
        if (currentName != null && steps.size() < MAX_STEPS) {
            steps.add(new Step(currentName, currentSource, currentFirst, Math.max(currentFirst, last)));
        }
        currentName = null;
    }

    public BuildStructure finish() {
        if (currentName != null) {
            steps.add(new Step(currentName, currentSource, currentFirst, Math.max(currentFirst, lastNumber)));
            currentName = null;
        }
        int index = failingStepIndex >= 0 ? failingStepIndex : ciErrorStepIndex;
        Step failing = index >= 0 && index < steps.size() ? steps.get(index) : null;
        if (failingCommand != null && !startsWithin(failing, failingCommand)) {
            steps.add(failingCommand);
            failing = failingCommand;
        }
        return new BuildStructure(steps, failing, exitStatus);
    }

    /**
     * Whether a step began inside the failing command, and so names the failure more narrowly (a Maven plugin
     * execution of a failed {@code mvn} command); a step that began before it, still open, does not.
     */
    private static boolean startsWithin(Step step, Step command) {
        return step != null && step.source().equals(command.source()) && step.firstLine() >= command.firstLine()
                && step.firstLine() <= command.lastLine();
    }

    /** GitHub names step logs like {@code build/3_Run mvn verify.txt}; the step is "Run mvn verify". */
    static String stepNameOfSource(String source) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        if (name.endsWith(".txt") || name.endsWith(".log")) {
            name = name.substring(0, name.length() - 4);
        }
        int underscore = name.indexOf('_');
        if (underscore > 0 && name.substring(0, underscore).chars().allMatch(Character::isDigit)) {
            name = name.substring(underscore + 1);
        }
        return name;
    }
}
