package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text form of a decision, as {@code deploy-gate check} prints it and the build log shows it:
 * a headline with the verdict and the summary, then one line per check, then the exception. Every
 * time in it is in the rules' zone with its abbreviation, as the engine wrote it.
 */
public final class GateDecisionText {

    private GateDecisionText() {}

    /**
     * E.g. {@code production: WAIT (rule production): not before Tue 24 Nov 18:00 CET: the 2
     * business days' notice ends Tue 24 Nov 15:00 CET, and production deploys only in Tue,Thu
     * 18:00-22:00}.
     */
    public static String headline(GateDecision decision) {
        StringBuilder text =
                new StringBuilder(decision.environment()).append(": ").append(decision.verdict());
        if (decision.rule() != null) {
            text.append(" (rule ").append(decision.rule()).append(')');
        }
        if (decision.summary() != null) {
            text.append(": ").append(decision.summary());
        }
        return text.toString();
    }

    /** The headline, then {@code   id: STATE: message} per check, then the exception's line, if any. */
    public static List<String> lines(GateDecision decision) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(decision));
        for (CheckResult check : decision.checks()) {
            lines.add("  " + check.id().id() + ": " + check.state() + ": " + check.message());
        }
        ExceptionAudit exception = decision.exception();
        if (exception != null) {
            lines.add("  exception: "
                    + (exception.valid()
                            ? "granted by " + exception.grant().grantedBy() + ", waives "
                                    + exception.waived().stream()
                                            .map(CheckId::id)
                                            .collect(Collectors.joining(", "))
                            : exception.problem()));
        }
        return lines;
    }
}
