package io.jenkins.plugins.deploygate.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code deploy-gate} command. Each sub-command is its own class; this one wires them together
 * and turns every failure into one line that names the command and the problem in words, a hint
 * to {@code --help} and exit status 2 (docs/cli.md): never a usage dump, a stack trace or a Java
 * class name.
 */
@Command(
        name = "deploy-gate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks database deployment rules, scans deployment logs and renders reports.",
        subcommands = {
            ValidateCommand.class,
            CheckCommand.class,
            ScanCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:The command did what it was asked (see each command's help).",
            "1:scan found an error in the log.",
            "2:A usage error, invalid input or a file that cannot be read.",
            "3:check: the gate waits (WAIT).",
            "4:check: the gate is closed (BLOCKED)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  deploy-gate validate rules.yaml",
            "  deploy-gate check --rules rules.yaml --environment production",
            "  deploy-gate scan --exit-code 0 flyway.log",
            "  deploy-gate help scan"
        })
public final class DeployGateCommand implements Runnable {

    /** Exit status for a usage error, invalid input or a file that cannot be read. */
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
        // "--change @/etc/hostname" is a change id, not an instruction to read a file.
        commandLine.setExpandAtFiles(false);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(DeployGateCommand::reportUsageError);
        commandLine.setExecutionExceptionHandler(DeployGateCommand::reportFailure);
        return commandLine;
    }

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "a command is missing: " + String.join(", ", spec.subcommands().keySet()));
    }

    private static int reportUsageError(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        if (problem instanceof UnmatchedArgumentException unmatched) {
            err.println(qualifiedName(command) + ": " + unmatchedMessage(unmatched));
            printSuggestion(unmatched, err);
        } else {
            err.println(qualifiedName(command) + ": " + problem.getMessage());
        }
        err.println(helpHint(command));
        err.flush();
        return EXIT_INVALID_INPUT;
    }

    private static int reportFailure(Exception failure, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        err.println(qualifiedName(command) + ": " + Problems.describe(failure));
        if (Problems.isInputError(failure)) {
            err.println(helpHint(command));
        }
        err.flush();
        return EXIT_INVALID_INPUT;
    }

    /** picocli's "Unmatched argument at index 0: 'scna'" in the words of the command line. */
    private static String unmatchedMessage(UnmatchedArgumentException unmatched) {
        CommandLine command = unmatched.getCommandLine();
        List<String> words = unmatched.getUnmatched();
        if (!unmatched.isUnknownOption() && !command.getSubcommands().isEmpty() && !words.isEmpty()) {
            return "'" + words.get(0) + "' is not a command; the commands are "
                    + String.join(", ", command.getSubcommands().keySet());
        }
        return unmatched.getMessage();
    }

    /** "Did you mean --format?" for a mistyped option or command, when picocli finds one close. */
    private static void printSuggestion(UnmatchedArgumentException unmatched, PrintWriter err) {
        List<String> suggestions = unmatched.getSuggestions();
        if (!suggestions.isEmpty()) {
            err.println("Did you mean " + String.join(" or ", suggestions) + "?");
        }
    }

    private static String helpHint(CommandLine command) {
        return "Try '" + qualifiedName(command) + " --help' for more information.";
    }

    private static String qualifiedName(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }
}
