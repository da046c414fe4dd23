package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.gate.CheckResult;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionAudit;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.json.Json;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import java.util.stream.Collectors;

/** The text form of a decision for {@code check --format text}: a headline, then one line per check. */
final class DecisionText {

    private DecisionText() {}

    static String render(GateDecision decision) {
        StringBuilder text = new StringBuilder();
        text.append(decision.environment()).append(": ").append(decision.verdict());
        if (decision.rule() != null) {
            text.append(" (rule ").append(decision.rule()).append(')');
        }
        if (decision.notBefore() != null) {
            text.append(", not before ").append(Json.instant(decision.notBefore()));
        }
        text.append(System.lineSeparator());
        for (CheckResult check : decision.checks()) {
            text.append("  ")
                    .append(check.id().id())
                    .append(": ")
                    .append(check.state())
                    .append(": ")
                    .append(check.message());
            if (check.notBefore() != null) {
                text.append(" [not before ")
                        .append(Json.instant(check.notBefore()))
                        .append(']');
            }
            text.append(System.lineSeparator());
        }
        ExceptionAudit exception = decision.exception();
        if (exception != null) {
            text.append("  exception: ");
            if (exception.valid()) {
                text.append("granted by ")
                        .append(exception.grant().grantedBy())
                        .append(", waives ")
                        .append(exception.waived().stream().map(CheckId::id).collect(Collectors.joining(", ")));
            } else {
                text.append(exception.problem());
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }
}
