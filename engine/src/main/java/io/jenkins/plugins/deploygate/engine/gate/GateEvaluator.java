package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a deployment may start: a pure function of the rules, the request, the votes,
 * the exception and the instant "now" (the clock is the caller's). Group membership comes from the
 * {@link Membership} port.
 *
 * <p>A decision lists one check per check the matched rule configures (lead time, window, freeze,
 * approvals, in that order); a rule with none opens the gate. When no rule matches, the only check
 * is a FAILED {@code environment} check listing the configured names.
 */
public final class GateEvaluator {

    private final Membership membership;

    /** An evaluator that asks {@code membership} who is in which group. */
    public GateEvaluator(Membership membership) {
        this.membership = membership;
    }

    /** An evaluator that knows only the groups defined in {@code rules}. */
    public static GateEvaluator withGroupsOf(GateRules rules) {
        return new GateEvaluator(Membership.ofRules(rules));
    }

    /**
     * The decision for {@code request} at {@code now}.
     *
     * @param exception an exception someone granted, or {@code null}
     */
    public GateDecision evaluate(
            GateRules rules, GateRequest request, Approvals approvals, ExceptionGrant exception, Instant now) {
        Optional<EnvironmentRule> matched = rules.ruleFor(request.environment());
        if (matched.isEmpty()) {
            return unknownEnvironment(rules, request, exception, now);
        }
        EnvironmentRule rule = matched.get();
        When when = new When(rules.calendar().zone(), now);
        TimeChecks time = new TimeChecks(rule, rules.calendar(), when);

        List<CheckResult> checks = new ArrayList<>(4);
        if (rule.leadTime() != null) {
            checks.add(time.leadTime(request.requestedAt(), now));
        }
        if (!rule.windows().isEmpty()) {
            checks.add(time.window(now));
        }
        if (!rule.freezes().isEmpty()) {
            checks.add(time.freeze(now));
        }
        ApprovalAudit approvalAudit = null;
        if (!rule.approvals().isEmpty()) {
            ApprovalCheck approvalCheck = new ApprovalCheck(rule, membership);
            approvalAudit = approvalCheck.audit(request, approvals == null ? Approvals.NONE : approvals);
            checks.add(approvalCheck.result(approvalAudit));
        }

        ExceptionAudit exceptionAudit = null;
        Set<CheckId> waived = EnumSet.noneOf(CheckId.class);
        if (exception != null) {
            Set<CheckId> configured = EnumSet.noneOf(CheckId.class);
            checks.forEach(check -> configured.add(check.id()));
            exceptionAudit = ExceptionCheck.audit(exception, rule, request, membership, configured);
            waived.addAll(exceptionAudit.waived());
            checks.replaceAll(check -> waived.contains(check.id()) ? waive(check, exception, when) : check);
        }

        Instant notBefore = time.earliestTogether(request.requestedAt(), now, waived)
                .filter(instant -> instant.isAfter(now))
                .orElse(null);
        return new GateDecision(
                request,
                now,
                rule.name(),
                verdict(checks),
                notBefore,
                checks,
                approvalAudit,
                exceptionAudit,
                rule.approvalTimeout());
    }

    private static CheckResult waive(CheckResult check, ExceptionGrant grant, When when) {
        String ticket = grant.ticket() == null || grant.ticket().isBlank() ? "" : " (ticket " + grant.ticket() + ")";
        String message = "waived by " + grant.grantedBy() + " at " + when.at(grant.grantedAt()) + ": "
                + grant.reason().trim() + ticket + "; otherwise " + check.state() + ": " + check.message();
        return new CheckResult(check.id(), CheckState.WAIVED, message, null);
    }

    private static Verdict verdict(List<CheckResult> checks) {
        if (checks.stream().anyMatch(check -> check.state() == CheckState.FAILED)) {
            return Verdict.BLOCKED;
        }
        if (checks.stream().anyMatch(check -> check.state() == CheckState.PENDING)) {
            return Verdict.WAIT;
        }
        return Verdict.OPEN;
    }

    private static GateDecision unknownEnvironment(
            GateRules rules, GateRequest request, ExceptionGrant exception, Instant now) {
        String configured = rules.environments().isEmpty() ? "none" : String.join(", ", rules.environmentNames());
        CheckResult check = new CheckResult(
                CheckId.ENVIRONMENT,
                CheckState.FAILED,
                "no rule for environment \"" + request.environment() + "\"; configured: " + configured,
                null);
        ExceptionAudit exceptionAudit =
                exception == null ? null : ExceptionCheck.invalid(exception, "no environment rule applies");
        return new GateDecision(request, now, null, Verdict.BLOCKED, null, List.of(check), null, exceptionAudit, null);
    }
}
