package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.json.Json;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code deploy-gate validate RULES.yaml}: exit 0 with a one-line summary on standard output when
 * the rules are valid, and the engine's warnings (the same Jenkins shows) on standard error as
 * {@code FILE:LINE: warning: FIELD: message}; exit 2 with every problem on standard error, one per
 * line, as {@code FILE:LINE: FIELD: message}. With {@code --format json}, one document on standard
 * output: {@code {"file", "valid", "problems": [{"file", "line", "field", "message"}], "warnings":
 * [...]}}, and the same exit status.
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

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "Output format: text (default) or json.")
    private String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format: \"" + format + "\" is not one of text, json");
        }
        RulesFile read;
        try {
            read = RulesFileReader.read(rules);
        } catch (RulesFileException invalid) {
            if (format.equals("json")) {
                print(false, invalid.problems(), List.of());
            } else {
                invalid.problems()
                        .forEach(problem -> spec.commandLine().getErr().println(problem.text()));
            }
            return DeployGateCommand.EXIT_INVALID_INPUT;
        }
        if (format.equals("json")) {
            print(true, List.of(), read.warnings());
            return 0;
        }
        GateRules valid = read.rules();
        int warnings = read.warnings().size();
        spec.commandLine()
                .getOut()
                .println(rules + ": valid" + (warnings == 0 ? "" : " with " + count(warnings, "warning")) + ": "
                        + count(valid.environments().size(), "environment") + ", "
                        + count(valid.groups().size(), "group") + ", zone "
                        + valid.calendar().zone());
        spec.commandLine().getOut().flush();
        read.warnings().forEach(warning -> spec.commandLine().getErr().println(warning.warningText()));
        return 0;
    }

    private void print(boolean valid, List<Problem> problems, List<Problem> warnings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", rules.toString());
        json.put("valid", valid);
        json.put("problems", problems.stream().map(Problem::toJson).toList());
        json.put("warnings", warnings.stream().map(Problem::toJson).toList());
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.write(json));
        out.flush();
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
