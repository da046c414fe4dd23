package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The gate's answer for one request at one instant.
 *
 * @param request what was asked
 * @param evaluatedAt the "now" of the decision
 * @param rule the name of the environment rule that matched, or {@code null} when none did
 * @param verdict BLOCKED if any check FAILED, else WAIT if any is PENDING, else OPEN
 * @param notBefore the earliest instant after {@code evaluatedAt} at which lead time, window and
 *     freeze all pass together (waived checks ignored); {@code null} when that is now or when no
 *     such instant exists within 366 days
 * @param checks one result per check the matched rule configures, in the order environment,
 *     leadTime, window, freeze, approvals ({@code environment} only when no rule matched)
 * @param approvals the approval tally, or {@code null} when the rule requires no approvals
 * @param exception what became of the exception, or {@code null} when none was given
 * @param approvalTimeout the rule's approval timeout, or {@code null}
 */
public record GateDecision(
        GateRequest request,
        Instant evaluatedAt,
        String rule,
        Verdict verdict,
        Instant notBefore,
        List<CheckResult> checks,
        ApprovalAudit approvals,
        ExceptionAudit exception,
        Duration approvalTimeout) {

    public GateDecision {
        checks = List.copyOf(checks);
    }

    /** The requested environment. */
    public String environment() {
        return request.environment();
    }

    /** The result of check {@code id}, if the decision made it. */
    public Optional<CheckResult> check(CheckId id) {
        return checks.stream().filter(check -> check.id() == id).findFirst();
    }
}
