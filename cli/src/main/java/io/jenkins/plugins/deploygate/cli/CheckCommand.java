package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.gate.Approvals;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionGrant;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateDecisionJson;
import io.jenkins.plugins.deploygate.engine.gate.GateEvaluator;
import io.jenkins.plugins.deploygate.engine.gate.GateRequest;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.InstantText;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code deploy-gate check}: one gate decision for a request, as text or as the contract's JSON.
 * Exit 0 OPEN, 3 WAIT, 4 BLOCKED, 2 for invalid input. Groups come from the rules file.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Decides whether a deployment may start now: exit 0 OPEN, 3 WAIT, 4 BLOCKED.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:OPEN: the deployment may start.",
            "2:A usage error or invalid input (the rules' problems are printed).",
            "3:WAIT: not yet; the output says until when or for what.",
            "4:BLOCKED: not without a change (a freeze, a rejection, an unknown environment)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  deploy-gate check --rules rules.yaml --environment production \\",
            "      --change CHG-1234 --requested-at 2026-11-20T15:00 --requested-by alice \\",
            "      --approval bob --approval carol --approval dave",
            "  deploy-gate check --rules rules.yaml --environment staging --format json"
        })
final class CheckCommand implements Callable<Integer> {

    /** Output formats, spelled as on the command line. */
    enum Format {
        text,
        json
    }

    static final int EXIT_OPEN = 0;
    static final int EXIT_WAIT = 3;
    static final int EXIT_BLOCKED = 4;

    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", required = true, paramLabel = "RULES.yaml", description = "The rules file.")
    private Path rules;

    @Option(names = "--environment", required = true, paramLabel = "ENV", description = "The target environment.")
    private String environment;

    @Option(names = "--change", paramLabel = "ID", description = "The change id.")
    private String change;

    @Option(
            names = "--requested-at",
            paramLabel = "ISO",
            description = "When the change was requested (default: --now).")
    private String requestedAt;

    @Option(names = "--requested-by", paramLabel = "USER", description = "Who requested the change.")
    private String requestedBy;

    @Option(names = "--committer", paramLabel = "USER", description = "A committer of the change (repeatable).")
    private List<String> committers = new ArrayList<>();

    @Option(names = "--approval", paramLabel = "USER", description = "A user who approved (repeatable).")
    private List<String> approvals = new ArrayList<>();

    @Option(names = "--rejection", paramLabel = "USER", description = "A user who rejected (repeatable).")
    private List<String> rejections = new ArrayList<>();

    @Option(names = "--exception", paramLabel = "USER", description = "The user granting an emergency exception.")
    private String exceptionBy;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the exception is granted.")
    private String reason;

    @Option(names = "--ticket", paramLabel = "ID", description = "The exception's ticket.")
    private String ticket;

    @Option(
            names = "--now",
            paramLabel = "ISO",
            description = "The instant to decide at (default: the clock). ISO instant or local date-time.")
    private String now;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        if (exceptionBy == null && (reason != null || ticket != null)) {
            throw usage("--reason and --ticket describe an exception: give --exception USER too");
        }
        GateRules gateRules;
        try {
            gateRules = RulesFileReader.read(rules);
        } catch (RulesFileException invalid) {
            invalid.problems().forEach(spec.commandLine().getErr()::println);
            return DeployGateCommand.EXIT_INVALID_INPUT;
        }
        ZoneId zone = gateRules.calendar().zone();
        Instant at = now == null ? Instant.now() : time("--now", now, zone);
        Instant requested = requestedAt == null ? at : time("--requested-at", requestedAt, zone);
        GateRequest request = new GateRequest(environment, change, requested, requestedBy, committers);
        ExceptionGrant grant = exceptionBy == null ? null : new ExceptionGrant(exceptionBy, reason, ticket, at);

        GateDecision decision = GateEvaluator.withGroupsOf(gateRules)
                .evaluate(gateRules, request, new Approvals(approvals, rejections), grant, at);

        if (format == Format.json) {
            spec.commandLine().getOut().println(GateDecisionJson.write(decision));
        } else {
            spec.commandLine().getOut().print(DecisionText.render(decision));
        }
        spec.commandLine().getOut().flush();
        return switch (decision.verdict()) {
            case OPEN -> EXIT_OPEN;
            case WAIT -> EXIT_WAIT;
            case BLOCKED -> EXIT_BLOCKED;
        };
    }

    private Instant time(String option, String text, ZoneId zone) {
        try {
            return InstantText.parse(text, zone);
        } catch (IllegalArgumentException bad) {
            throw usage(option + ": " + bad.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
