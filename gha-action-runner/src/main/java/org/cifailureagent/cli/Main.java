package org.cifailureagent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ci-failure-agent} command line. Bad usage and unreadable input exit 2 with a one-line message. */
@Command(name = "ci-failure-agent", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explains why a CI build failed: category, evidence lines, locations and next steps.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, TrainCommand.class, DriftCommand.class,
            LabelCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, ignored) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, command, ignored) -> {
            command.getErr().println("error: " + UserMessages.oneLine(ex));
            return EXIT_USAGE;
        });
        return cli.execute(args);
    }
}
