package io.jenkins.plugins.deploygate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code deploy-gate} command. Each sub-command is its own class; this one only wires them
 * together and maps every failure to the exit statuses of the contract: 2 with a message for a
 * usage error or invalid input, never a stack trace.
 */
@Command(
        name = "deploy-gate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks database deployment rules, scans deployment logs and renders reports.",
        subcommands = {ValidateCommand.class, CheckCommand.class, ReportCommand.class, ScanCommand.class})
public final class DeployGateCommand implements Runnable {

    /** Exit status for a usage error or invalid input (contracts.md §3). */
    public static final int EXIT_INVALID_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command as {@link #main} does, returning the exit status instead of exiting. */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new DeployGateCommand());
        commandLine.setExecutionExceptionHandler(DeployGateCommand::reportFailure);
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: " + commandNames());
    }

    private String commandNames() {
        return String.join(", ", spec.subcommands().keySet());
    }

    private static int reportFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        commandLine.getErr().println("deploy-gate: " + message);
        return EXIT_INVALID_INPUT;
    }
}
