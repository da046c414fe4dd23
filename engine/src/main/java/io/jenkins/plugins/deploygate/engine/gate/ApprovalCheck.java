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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tallies approvals per requirement. A user counts towards every requirement whose group or list
 * holds them; a rejection counts when its author could have approved (eligible and, under
 * separation of duties, neither requester nor committer) and fails the check.
 */
final class ApprovalCheck {

    private final EnvironmentRule rule;
    private final Membership membership;

    ApprovalCheck(EnvironmentRule rule, Membership membership) {
        this.rule = rule;
        this.membership = membership;
    }

    ApprovalAudit audit(GateRequest request, Approvals approvals) {
        List<RequirementAudit> requirements = new ArrayList<>();
        for (ApprovalRequirement requirement : rule.approvals()) {
            requirements.add(tally(requirement, request, approvals));
        }
        return new ApprovalAudit(requirements);
    }

    CheckResult result(ApprovalAudit audit) {
        CheckState state = audit.rejected() ? CheckState.FAILED : audit.met() ? CheckState.PASSED : CheckState.PENDING;
        return new CheckResult(CheckId.APPROVALS, state, message(audit), null);
    }

    private RequirementAudit tally(ApprovalRequirement requirement, GateRequest request, Approvals approvals) {
        List<String> counted = new ArrayList<>();
        List<String> rejectedBy = new ArrayList<>();
        List<NotCounted> notCounted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String user : approvals.approvedBy()) {
            Reason reason = seen.add(user) ? excluded(requirement, request, user) : Reason.DUPLICATE;
            if (reason == null) {
                counted.add(user);
            } else {
                notCounted.add(new NotCounted(user, Vote.APPROVAL, reason));
            }
        }
        seen.clear();
        for (String user : approvals.rejectedBy()) {
            Reason reason = seen.add(user) ? excluded(requirement, request, user) : Reason.DUPLICATE;
            if (reason == null) {
                rejectedBy.add(user);
            } else {
                notCounted.add(new NotCounted(user, Vote.REJECTION, reason));
            }
        }
        return new RequirementAudit(requirement.approvers(), requirement.count(), counted, rejectedBy, notCounted);
    }

    private Reason excluded(ApprovalRequirement requirement, GateRequest request, String user) {
        boolean eligible = requirement.isGroup()
                ? membership.isMember(user, requirement.group())
                : requirement.users().contains(user);
        if (!eligible) {
            return Reason.NOT_ELIGIBLE;
        }
        if (rule.separationOfDuties() && user.equals(request.requestedBy())) {
            return Reason.REQUESTER;
        }
        if (rule.separationOfDuties() && request.committers().contains(user)) {
            return Reason.COMMITTER;
        }
        return null;
    }

    /**
     * E.g. {@code production needs 1 approval from dba and 2 approvals from change-board: dba 1 of 1 (alice),
     * change-board 1 of 2 (carol); not counted: bob (requester), mallory (not in dba, not in
     * change-board)}. A user is reported as "not in" a group only when they counted nowhere, so that
     * a DBA who also sits on the change board is not listed as a stray.
     */
    private String message(ApprovalAudit audit) {
        List<String> needs = new ArrayList<>();
        List<String> tallies = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        Set<String> countedSomewhere = new HashSet<>();
        for (RequirementAudit requirement : audit.requirements()) {
            needs.add(requirement.required() + (requirement.required() == 1 ? " approval" : " approvals") + " from "
                    + requirement.approvers());
            tallies.add(requirement.approvers() + " "
                    + Math.min(requirement.counted().size(), requirement.required())
                    + " of " + requirement.required()
                    + (requirement.counted().isEmpty() ? "" : " (" + String.join(", ", requirement.counted()) + ")"));
            requirement.rejectedBy().forEach(user -> rejections.add(user + " (" + requirement.approvers() + ")"));
            countedSomewhere.addAll(requirement.counted());
            countedSomewhere.addAll(requirement.rejectedBy());
        }
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (RequirementAudit requirement : audit.requirements()) {
            for (NotCounted vote : requirement.notCounted()) {
                if (vote.reason() == Reason.NOT_ELIGIBLE && countedSomewhere.contains(vote.user())) {
                    continue;
                }
                String why = (vote.vote() == Vote.REJECTION ? "rejection: " : "")
                        + vote.reason().describe(requirement.approvers());
                List<String> userReasons = reasons.computeIfAbsent(vote.user(), user -> new ArrayList<>());
                if (!userReasons.contains(why)) {
                    userReasons.add(why);
                }
            }
        }
        StringBuilder message = new StringBuilder(rule.name()).append(" needs ");
        message.append(
                needs.size() == 1
                        ? needs.get(0)
                        : String.join(", ", needs.subList(0, needs.size() - 1)) + " and "
                                + needs.get(needs.size() - 1));
        message.append(": ");
        if (!rejections.isEmpty()) {
            message.append("rejected by ").append(String.join(", ", rejections)).append("; ");
        }
        message.append(String.join(", ", tallies));
        if (!reasons.isEmpty()) {
            List<String> items = new ArrayList<>();
            reasons.forEach((user, why) -> items.add(user + " (" + String.join(", ", why) + ")"));
            message.append("; not counted: ").append(String.join(", ", items));
        }
        return message.toString();
    }
}
