package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.NotCounted;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.Reason;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.RequirementAudit;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.Vote;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The message of the {@code approvals} check: who is needed (with the members, where known), who
 * may not approve under separation of duties, who counted, and who did not and why. E.g. {@code
 * production needs 1 of dba (alice, bob) and 2 of change-board (carol, dave, erin); alice (the
 * requester) may not approve: dba 1 of 1 (bob), change-board 1 of 2 (carol); not counted: alice
 * (requester, not in change-board), mallory (not in dba, not in change-board)}.
 */
final class ApprovalMessage {

    private final EnvironmentRule rule;
    private final Eligibility eligibility;

    ApprovalMessage(EnvironmentRule rule, Eligibility eligibility) {
        this.rule = rule;
        this.eligibility = eligibility;
    }

    String of(ApprovalAudit audit, GateRequest request) {
        List<String> needs = new ArrayList<>();
        for (ApprovalRequirement requirement : rule.approvals()) {
            needs.add(requirement.count() + " of " + approversWithMembers(requirement));
        }
        StringBuilder message = new StringBuilder(rule.name()).append(" needs ").append(String.join(" and ", needs));
        if (rule.separationOfDuties()) {
            message.append(duties(request));
        }
        message.append(": ");
        List<String> rejections = new ArrayList<>();
        List<String> tallies = new ArrayList<>();
        Set<String> countedSomewhere = new HashSet<>();
        for (RequirementAudit requirement : audit.requirements()) {
            tallies.add(requirement.approvers() + " "
                    + Math.min(requirement.counted().size(), requirement.required())
                    + " of " + requirement.required()
                    + (requirement.counted().isEmpty() ? "" : " (" + String.join(", ", requirement.counted()) + ")"));
            requirement.rejectedBy().forEach(user -> rejections.add(user + " (" + requirement.approvers() + ")"));
            countedSomewhere.addAll(requirement.counted());
            countedSomewhere.addAll(requirement.rejectedBy());
        }
        if (!rejections.isEmpty()) {
            message.append("rejected by ").append(String.join(", ", rejections)).append("; ");
        }
        message.append(String.join(", ", tallies));
        Map<String, List<String>> reasons = notCounted(audit, countedSomewhere);
        if (!reasons.isEmpty()) {
            List<String> items = new ArrayList<>();
            reasons.forEach((user, why) -> items.add(user + " (" + String.join(", ", why) + ")"));
            message.append("; not counted: ").append(String.join(", ", items));
        }
        return message.toString();
    }

    /** {@code dba (alice, bob)}, {@code dba (alice, ...)} when the list may be incomplete, {@code dba} when unknown. */
    String approversWithMembers(ApprovalRequirement requirement) {
        if (!requirement.isGroup()) {
            return requirement.approvers();
        }
        GroupMembers members = eligibility.members(requirement);
        if (members.known().isEmpty()) {
            return requirement.approvers();
        }
        return requirement.approvers() + " (" + String.join(", ", members.known()) + (members.complete() ? "" : ", ...")
                + ")";
    }

    /**
     * Who may not approve though they are approvers, e.g. {@code ; alice (the requester) and bob (a
     * committer) may not approve}; empty when nobody is barred.
     */
    private String duties(GateRequest request) {
        if (request.requester().isAnyone()) {
            return "; the requester is unknown, so under separation of duties no approval can count";
        }
        List<String> barred = new ArrayList<>();
        Requester requester = request.requester();
        if (requester.isKnown() && isApprover(requester.user())) {
            barred.add(requester.user() + " (the requester)");
        }
        for (String candidate : requester.candidates()) {
            if (isApprover(candidate)) {
                barred.add(candidate + " (could have started the build)");
            }
        }
        for (String committer : request.committers()) {
            if (isApprover(committer)) {
                barred.add(committer + " (a committer)");
            }
        }
        String unknown = requester.isKnown() ? "" : "; the requester is unknown";
        if (barred.isEmpty()) {
            return unknown;
        }
        return (unknown.isEmpty() ? "; " : unknown + ", so ") + joined(barred) + " may not approve";
    }

    private boolean isApprover(String user) {
        return rule.approvals().stream().anyMatch(requirement -> eligibility.isApprover(requirement, user));
    }

    /**
     * The votes that did not count, by user. A user is reported as "not in" a group only when they
     * counted nowhere, so that a DBA who also sits on the change board is not listed as a stray.
     */
    private static Map<String, List<String>> notCounted(ApprovalAudit audit, Set<String> countedSomewhere) {
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
        return reasons;
    }

    static String joined(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
