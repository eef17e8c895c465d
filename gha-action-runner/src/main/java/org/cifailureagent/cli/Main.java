package org.cifailureagent.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import org.cifailureagent.cli.action.GitHubActionCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ci-failure-agent} command line. Bad usage and unreadable input exit 2 with a one-line message. */
@Command(name = "ci-failure-agent", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explains why a CI build failed: category, evidence lines, locations and next steps.")
public final class Main {
    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;
    static final List<Class<?>> SUBCOMMANDS = List.of(AnalyzeCommand.class, EvalCommand.class, TrainCommand.class,
            TrainRankerCommand.class, DriftCommand.class, LabelCommand.class, GitHubActionCommand.class,
            ScanBenchmarkCommand.class, CommandLine.HelpCommand.class);

    /** Standard input as the analyze command reads it for "-"; tests give their own. */
    final InputStream stdin;
    /** What {@code analyze} needs whatever its options, already loading. */
    final Preload preload;

    private Main(InputStream stdin, Preload preload) {
        this.stdin = stdin;
        this.preload = preload;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs with the process's own standard streams, as {@link #main} does, without exiting (for tests). */
    static int run(String... args) {
        Charset console = Charset.defaultCharset();
        return run(System.in, new PrintWriter(System.out, true, console), new PrintWriter(System.err, true, console),
                args);
    }

    static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(new Main(stdin, Preload.forArguments(args)), args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            // One line, so that scripts and CI logs show the reason rather than a usage screen.
            ex.getCommandLine().getErr().println("error: " + UserMessages.oneLine(ex) + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, command, ignored) -> {
            command.getErr().println("error: " + UserMessages.oneLine(ex));
            return EXIT_USAGE;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * The command line with the subcommand that {@code args} names, or with all of them when it names none or
     * {@code help} (a typo, {@code --version}, help on another command). picocli builds each command's model by
     * reflection when it is added: building all of them took a cold {@code analyze} about 35 ms more than building the
     * one it runs (220 against 185 ms).
     */
    static CommandLine commandLine(Main main, String... args) {
        CommandLine cli = new CommandLine(main);
        String first = args.length > 0 ? args[0] : "";
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(command -> command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(first))
                .toList();
        (named.isEmpty() ? SUBCOMMANDS : named).forEach(cli::addSubcommand);
        return cli;
    }
}
