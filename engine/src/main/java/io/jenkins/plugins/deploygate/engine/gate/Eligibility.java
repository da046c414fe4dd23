package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.Reason;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may act on a gate: who may approve or reject for a requirement, and who may grant an
 * exception. The one place for membership and separation of duties, used by the evaluator when it
 * tallies votes and by the Jenkins approval page before it records one, so that the page never
 * offers what the gate would not count.
 *
 * <p>Under separation of duties the requester and the committers may neither approve nor grant.
 * When the requester is unknown, everyone who could have started the build is barred instead
 * ({@link Requester#oneOf}); when nobody can be ruled out ({@link Requester#unknown()}), nobody
 * may act: the gate refuses rather than opening without the check.
 */
public final class Eligibility {

    private final Membership membership;
    private final UserIdentity identity;

    /** Eligibility by {@code membership}, comparing user ids by {@code identity}. */
    public Eligibility(Membership membership, UserIdentity identity) {
        this.membership = membership;
        this.identity = identity;
    }

    /** Why {@code user}'s vote does not count for {@code requirement}, or empty when it counts. */
    public Optional<Reason> excluded(
            EnvironmentRule rule, ApprovalRequirement requirement, GateRequest request, String user) {
        if (!isApprover(requirement, user)) {
            return Optional.of(Reason.NOT_ELIGIBLE);
        }
        return rule.separationOfDuties() ? conflict(request, user) : Optional.empty();
    }

    /**
     * Why {@code user} may not vote on {@code rule}'s approvals at all, in a sentence; empty when
     * their vote would count for at least one requirement.
     */
    public Optional<String> whyNotApprover(EnvironmentRule rule, GateRequest request, String user) {
        if (rule.approvals().stream().noneMatch(requirement -> isApprover(requirement, user))) {
            return Optional.of(user + " is not among the approvers of " + rule.name() + " ("
                    + String.join(
                            ", ",
                            rule.approvals().stream()
                                    .map(ApprovalRequirement::approvers)
                                    .toList())
                    + ")");
        }
        if (!rule.separationOfDuties()) {
            return Optional.empty();
        }
        return conflict(request, user).map(reason -> barred(user, reason, "approving it"));
    }

    /**
     * Every reason {@code user} may not grant an exception for {@code rule} (not in the granting
     * group, barred by separation of duties); empty when they may.
     */
    public List<String> whyNotGranter(EnvironmentRule rule, GateRequest request, String user) {
        ExceptionPolicy policy = rule.exceptions();
        if (policy == null) {
            return List.of(rule.name() + " allows no exceptions");
        }
        List<String> problems = new ArrayList<>();
        if (!membership.isMember(user, policy.grantedBy())) {
            problems.add(user + " is not in " + policy.grantedBy() + ", the group that grants exceptions for "
                    + rule.name());
        }
        if (rule.separationOfDuties()) {
            conflict(request, user).ifPresent(reason -> problems.add(barred(user, reason, "granting it an exception")));
        }
        return problems;
    }

    /**
     * Whether anyone at all could grant a valid exception for {@code request}: not when separation
     * of duties applies and the requester could be anyone.
     */
    public boolean anyoneMayGrant(EnvironmentRule rule, GateRequest request) {
        return rule.exceptions() != null
                && !(rule.separationOfDuties() && request.requester().isAnyone());
    }

    /** Whether {@code user} is in {@code requirement}'s group or list. */
    public boolean isApprover(ApprovalRequirement requirement, String user) {
        return requirement.isGroup()
                ? membership.isMember(user, requirement.group())
                : identity.isAmong(user, requirement.users());
    }

    /** The members of {@code requirement}'s group or list, as far as they are known. */
    public GroupMembers members(ApprovalRequirement requirement) {
        return requirement.isGroup()
                ? membership.members(requirement.group())
                : GroupMembers.exactly(requirement.users());
    }

    /** The members of {@code group}, as far as they are known. */
    public GroupMembers members(String group) {
        return membership.members(group);
    }

    /** The ids are compared by this identity. */
    public UserIdentity identity() {
        return identity;
    }

    /** Why separation of duties bars {@code user} from acting on {@code request}, if it does. */
    public Optional<Reason> conflict(GateRequest request, String user) {
        Requester requester = request.requester();
        if (requester.isKnown() && identity.same(user, requester.user())) {
            return Optional.of(Reason.REQUESTER);
        }
        if (identity.isAmong(user, request.committers())) {
            return Optional.of(Reason.COMMITTER);
        }
        if (requester.isAnyone()) {
            return Optional.of(Reason.REQUESTER_UNKNOWN);
        }
        if (!requester.isKnown() && identity.isAmong(user, requester.candidates())) {
            return Optional.of(Reason.POSSIBLE_REQUESTER);
        }
        return Optional.empty();
    }

    private static String barred(String user, Reason reason, String act) {
        String who =
                switch (reason) {
                    case REQUESTER -> user + " requested the change";
                    case COMMITTER -> user + " committed to the change";
                    case POSSIBLE_REQUESTER -> "the requester is unknown and " + user + " could have started the build";
                    default -> "the requester is unknown, so it could be " + user;
                };
        return who + " and separation of duties bars them from " + act;
    }
}
