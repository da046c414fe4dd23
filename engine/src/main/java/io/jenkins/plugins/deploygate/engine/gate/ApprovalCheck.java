package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.NotCounted;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.Reason;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.RequirementAudit;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.Vote;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tallies approvals per requirement. A user counts towards every requirement whose group or list
 * holds them; a rejection counts when its author could have approved (eligible and, under
 * separation of duties, not barred) and fails the check. Under separation of duties with a
 * requester who could be anyone, no vote can count, and the check fails rather than waiting for
 * approvals that never would.
 */
final class ApprovalCheck {

    private final EnvironmentRule rule;
    private final Eligibility eligibility;

    ApprovalCheck(EnvironmentRule rule, Eligibility eligibility) {
        this.rule = rule;
        this.eligibility = eligibility;
    }

    ApprovalAudit audit(GateRequest request, Approvals approvals) {
        List<RequirementAudit> requirements = new ArrayList<>();
        for (ApprovalRequirement requirement : rule.approvals()) {
            requirements.add(tally(requirement, request, approvals));
        }
        return new ApprovalAudit(requirements);
    }

    CheckResult result(ApprovalAudit audit, GateRequest request) {
        CheckState state;
        if (audit.rejected() || refusesEveryone(request)) {
            state = CheckState.FAILED;
        } else {
            state = audit.met() ? CheckState.PASSED : CheckState.PENDING;
        }
        return new CheckResult(
                CheckId.APPROVALS, state, new ApprovalMessage(rule, eligibility).of(audit, request), null);
    }

    /** Whether separation of duties lets no vote count, because the requester could be anyone. */
    boolean refusesEveryone(GateRequest request) {
        return rule.separationOfDuties() && request.requester().isAnyone();
    }

    private RequirementAudit tally(ApprovalRequirement requirement, GateRequest request, Approvals approvals) {
        List<String> counted = new ArrayList<>();
        List<String> rejectedBy = new ArrayList<>();
        List<NotCounted> notCounted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String user : approvals.approvedBy()) {
            Reason reason = excluded(requirement, request, user, seen);
            if (reason == null) {
                counted.add(user);
            } else {
                notCounted.add(new NotCounted(user, Vote.APPROVAL, reason));
            }
        }
        seen.clear();
        for (String user : approvals.rejectedBy()) {
            Reason reason = excluded(requirement, request, user, seen);
            if (reason == null) {
                rejectedBy.add(user);
            } else {
                notCounted.add(new NotCounted(user, Vote.REJECTION, reason));
            }
        }
        return new RequirementAudit(requirement.approvers(), requirement.count(), counted, rejectedBy, notCounted);
    }

    private Reason excluded(ApprovalRequirement requirement, GateRequest request, String user, Set<String> seen) {
        if (!seen.add(eligibility.identity().key(user))) {
            return Reason.DUPLICATE;
        }
        return eligibility.excluded(rule, requirement, request, user).orElse(null);
    }
}
