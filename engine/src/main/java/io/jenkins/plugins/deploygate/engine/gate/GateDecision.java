package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The gate's answer for one request at one instant. Every text in it is final (times are printed
 * in the rules' zone when the decision is made), so a stored decision shows later what was
 * decided, whatever the rules have become since.
 *
 * @param request what was asked
 * @param evaluatedAt the "now" of the decision
 * @param rule the name of the environment rule that matched, or {@code null} when none did
 * @param verdict OPEN when no check failed or is pending; WAIT when the gate can still open
 *     before its deadline (see {@code awaits}); BLOCKED otherwise (see {@link GateEvaluator})
 * @param notBefore the earliest instant after {@code evaluatedAt} at which lead time, window and
 *     freeze all pass together (waived checks ignored); {@code null} when that is now or when no
 *     such instant exists within 366 days
 * @param summary the decision in one line, in words, for the build log and the gate page: what
 *     sets the date, what is awaited and from whom, or why the gate cannot open; {@code null} for a
 *     plain OPEN
 * @param awaits what a WAIT waits for; empty unless the verdict is WAIT
 * @param checks one result per check the matched rule configures, in the order environment,
 *     leadTime, window, freeze, approvals ({@code environment} only when no rule matched)
 * @param approvals the approval tally, or {@code null} when the rule requires no approvals
 * @param exception what became of the exception, or {@code null} when none was given
 * @param requestTime when the lead time counts from, and who said so
 * @param deadline when the caller's wait ends, or {@code null} when it has none
 * @param approvalTimeout the rule's approval timeout, or {@code null}
 */
public record GateDecision(
        GateRequest request,
        Instant evaluatedAt,
        String rule,
        Verdict verdict,
        Instant notBefore,
        String summary,
        List<Awaited> awaits,
        List<CheckResult> checks,
        ApprovalAudit approvals,
        ExceptionAudit exception,
        RequestTime requestTime,
        Instant deadline,
        Duration approvalTimeout) {

    public GateDecision {
        if (request == null || verdict == null || requestTime == null) {
            throw new IllegalArgumentException("request, verdict and requestTime are required");
        }
        awaits = List.copyOf(awaits == null ? List.of() : awaits);
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

    /** Whether the gate waits for {@code what}. */
    public boolean awaits(Awaited what) {
        return awaits.contains(what);
    }
}
