package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code deploy-gate validate RULES.yaml}: exit 0 with a one-line summary on standard output when
 * the rules are valid; exit 2 with every problem on standard error, one per line, as {@code
 * FILE:LINE: FIELD: message}.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks a rules file (the JCasC shape) and reports every problem with its line.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:The rules are valid.", "2:The rules have problems (each printed), or a usage error."},
        footerHeading = "%nExamples:%n",
        footer = {"  deploy-gate validate rules.yaml", "  deploy-gate validate jenkins.yaml"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULES.yaml", description = "The rules file.")
    private Path rules;

    @Override
    public Integer call() {
        try {
            GateRules read = RulesFileReader.read(rules);
            spec.commandLine()
                    .getOut()
                    .println(rules + ": valid: " + count(read.environments().size(), "environment") + ", "
                            + count(read.groups().size(), "group") + ", zone "
                            + read.calendar().zone());
            return 0;
        } catch (RulesFileException invalid) {
            invalid.problems().forEach(spec.commandLine().getErr()::println);
            return DeployGateCommand.EXIT_INVALID_INPUT;
        }
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
