package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.gate.Approvals;
import io.jenkins.plugins.deploygate.engine.gate.Deadline;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionGrant;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateDecisionJson;
import io.jenkins.plugins.deploygate.engine.gate.GateDecisionText;
import io.jenkins.plugins.deploygate.engine.gate.GateEvaluator;
import io.jenkins.plugins.deploygate.engine.gate.GateRequest;
import io.jenkins.plugins.deploygate.engine.gate.Requester;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.InstantText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
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
 * {@code deploy-gate check}: one gate decision for a request, as text or as the decision's JSON
 * (see {@code docs/cli.md}). Exit 0 OPEN, 3 WAIT, 4 BLOCKED, 2 for invalid input. Groups come from
 * the rules file, user ids are compared exactly. The command has no ledger: {@code --first-seen}
 * says when the gate first saw the change, and the pipeline's {@code --requested-at} counts only
 * where the rule trusts it.
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
            names = "--first-seen",
            paramLabel = "ISO",
            description = "When the gate first saw the change (Jenkins keeps it in its ledger); the lead time"
                    + " counts from here (default: --now).")
    private String firstSeen;

    @Option(
            names = "--requested-at",
            paramLabel = "ISO",
            description = "When the pipeline says the change was requested; counts only where the rule sets"
                    + " trustRequestedAt.")
    private String requestedAt;

    @Option(names = "--requested-by", paramLabel = "USER", description = "Who requested the change.")
    private String requestedBy;

    @Option(
            names = "--possible-requester",
            paramLabel = "USER",
            description = "Without --requested-by: a user who could have started the build (repeatable).")
    private List<String> possibleRequesters = new ArrayList<>();

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
            names = "--timeout",
            paramLabel = "DURATION",
            description = "How long the gate may wait from --now, e.g. 24h, or none (default: the rule's"
                    + " approvalTimeout).")
    private String timeout;

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
        if (requestedBy != null && !possibleRequesters.isEmpty()) {
            throw usage("--possible-requester is for an unknown requester: leave it out with --requested-by");
        }
        GateRules gateRules;
        try {
            gateRules = RulesFileReader.read(rules).rules();
        } catch (RulesFileException invalid) {
            invalid.problems().forEach(problem -> spec.commandLine().getErr().println(problem.text()));
            return DeployGateCommand.EXIT_INVALID_INPUT;
        }
        ZoneId zone = gateRules.calendar().zone();
        Instant at = now == null ? Instant.now() : time("--now", now, zone);
        Instant seen = firstSeen == null ? at : time("--first-seen", firstSeen, zone);
        if (seen.isAfter(at)) {
            throw usage("--first-seen: " + firstSeen + " is after --now: the gate cannot have seen the change yet");
        }
        GateRequest request = GateRequest.of(environment, change, seen)
                .withDeclaredRequestedAt(requestedAt == null ? null : time("--requested-at", requestedAt, zone))
                .withRequester(requester())
                .withCommitters(committers);
        ExceptionGrant grant = exceptionBy == null ? null : new ExceptionGrant(exceptionBy, reason, ticket, at);

        GateDecision decision = GateEvaluator.withGroupsOf(gateRules)
                .evaluate(gateRules, request, new Approvals(approvals, rejections), grant, at, deadline(at));

        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(GateDecisionJson.write(decision));
        } else {
            GateDecisionText.lines(decision).forEach(out::println);
        }
        out.flush();
        return switch (decision.verdict()) {
            case OPEN -> EXIT_OPEN;
            case WAIT -> EXIT_WAIT;
            case BLOCKED -> EXIT_BLOCKED;
        };
    }

    private Requester requester() {
        if (requestedBy != null) {
            return Requester.user(requestedBy);
        }
        return possibleRequesters.isEmpty() ? Requester.unknown() : Requester.oneOf(possibleRequesters);
    }

    private Deadline deadline(Instant at) {
        if (timeout == null) {
            return Deadline.from(at, null);
        }
        if (timeout.trim().equalsIgnoreCase("none")) {
            return Deadline.NONE;
        }
        Duration duration;
        try {
            duration = EnvironmentRule.parseApprovalTimeout(timeout);
        } catch (IllegalArgumentException bad) {
            throw usage("--timeout: " + bad.getMessage() + "; give a duration like 24h, or none");
        }
        return Deadline.from(at, duration);
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
