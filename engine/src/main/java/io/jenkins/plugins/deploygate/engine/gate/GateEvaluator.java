package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.gate.TimeChecks.Opening;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.InstantText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a deployment may start: a pure function of the rules, the request, the votes,
 * the exception, the instant "now" (the clock is the caller's) and the caller's deadline. Group
 * membership comes from the {@link Membership} port, user ids are compared through the {@link
 * UserIdentity} port.
 *
 * <p>A decision lists one check per check the matched rule configures (lead time, window, freeze,
 * approvals, in that order); a rule with none opens the gate. When no rule matches, or when the
 * requested name only looks like a configured one (see {@link GateRules#lookalikeOf}), the only
 * check is a FAILED {@code environment} check. The verdict follows {@link Conclusion}: BLOCKED
 * when a check failed or the gate cannot open before its deadline, unless an exception the rule
 * allows could still open it (then WAIT for the exception); else WAIT while anything is pending;
 * else OPEN.
 */
public final class GateEvaluator {

    private final Eligibility eligibility;

    /** An evaluator that asks {@code membership} who is in which group and compares ids by {@code identity}. */
    public GateEvaluator(Membership membership, UserIdentity identity) {
        this.eligibility = new Eligibility(membership, identity);
    }

    /** An evaluator that knows only the groups defined in {@code rules}, comparing ids exactly. */
    public static GateEvaluator withGroupsOf(GateRules rules) {
        return new GateEvaluator(Membership.ofRules(rules), UserIdentity.EXACT);
    }

    /** Who may act on a gate, by the same ports as this evaluator. */
    public Eligibility eligibility() {
        return eligibility;
    }

    /**
     * The decision for {@code request} at {@code now}.
     *
     * @param approvals every vote recorded, in order (who may count is the gate's business)
     * @param exception an exception someone granted, or {@code null}
     * @param now the instant of the decision, between 1970 and 9999
     * @param deadline how long the caller waits; {@link Deadline#NONE} when it does not
     * @throws IllegalArgumentException when {@code now} is out of that range
     */
    public GateDecision evaluate(
            GateRules rules,
            GateRequest request,
            Approvals approvals,
            ExceptionGrant exception,
            Instant now,
            Deadline deadline) {
        if (!InstantText.inRange(now)) {
            throw new IllegalArgumentException("now: " + now + " is outside the years 1970 to 9999");
        }
        When when = new When(rules.calendar().zone(), now);
        Optional<EnvironmentRule> matched = rules.ruleFor(request.environment());
        // A near miss may not fall through to a catch-all (or to no rule) unnoticed.
        boolean onlyCatchAll = matched.map(EnvironmentRule::isCatchAll).orElse(true);
        Optional<EnvironmentRule> lookalike =
                onlyCatchAll ? rules.lookalikeOf(request.environment()) : Optional.empty();
        if (matched.isEmpty() || lookalike.isPresent()) {
            return EnvironmentCheck.blocked(rules, request, exception, now, matched, lookalike);
        }
        EnvironmentRule rule = matched.get();
        RequestTime requestTime = RequestTime.of(rule, request);
        TimeChecks time = new TimeChecks(rule, rules.calendar(), when);

        List<CheckResult> checks = new ArrayList<>(4);
        if (rule.leadTime() != null) {
            checks.add(time.leadTime(request, requestTime, now));
        }
        if (!rule.windows().isEmpty()) {
            checks.add(time.window(now));
        }
        if (!rule.freezes().isEmpty()) {
            checks.add(time.freeze(now));
        }
        ApprovalAudit approvalAudit = null;
        if (!rule.approvals().isEmpty()) {
            ApprovalCheck approvalCheck = new ApprovalCheck(rule, eligibility);
            approvalAudit = approvalCheck.audit(request, approvals == null ? Approvals.NONE : approvals);
            checks.add(approvalCheck.result(approvalAudit, request));
        }

        ExceptionAudit exceptionAudit = null;
        Set<CheckId> waived = EnumSet.noneOf(CheckId.class);
        if (exception != null) {
            Set<CheckId> configured = EnumSet.noneOf(CheckId.class);
            checks.forEach(check -> configured.add(check.id()));
            exceptionAudit = ExceptionCheck.audit(exception, rule, request, eligibility, configured);
            waived.addAll(exceptionAudit.waived());
            checks.replaceAll(check -> waived.contains(check.id()) ? waive(check, exception, when) : check);
        }

        Optional<Opening> opening = time.earliestTogether(requestTime.at(), now, waived);
        Conclusion.Result result = new Conclusion(rule, request, eligibility, when, time, requestTime, now, deadline)
                .of(checks, approvalAudit, exceptionAudit, opening);
        Instant notBefore =
                opening.map(Opening::at).filter(at -> at.isAfter(now)).orElse(null);
        return new GateDecision(
                request,
                now,
                rule.name(),
                result.verdict(),
                notBefore,
                result.summary(),
                result.awaits(),
                checks,
                approvalAudit,
                exceptionAudit,
                requestTime,
                deadline.at(rule).orElse(null),
                rule.approvalTimeout());
    }

    private static CheckResult waive(CheckResult check, ExceptionGrant grant, When when) {
        String ticket = grant.ticket() == null || grant.ticket().isBlank() ? "" : " (ticket " + grant.ticket() + ")";
        String message = "waived by " + grant.grantedBy() + " at " + when.at(grant.grantedAt()) + ": "
                + grant.reason().trim() + ticket + "; otherwise " + check.state() + ": " + check.message();
        return new CheckResult(check.id(), CheckState.WAIVED, message, null);
    }
}
