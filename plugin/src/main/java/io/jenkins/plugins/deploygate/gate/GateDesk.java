package io.jenkins.plugins.deploygate.gate;

import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.User;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.config.InvalidConfigurationException;
import io.jenkins.plugins.deploygate.config.JenkinsMembership;
import io.jenkins.plugins.deploygate.engine.gate.Membership;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import jenkins.model.IdStrategy;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The server-side rules of acting on a gate: who may approve, reject or grant an exception, and the
 * recording of what they did. The page only offers what this allows; every request is checked
 * again here, so a forged POST gets the same answer. Eligibility comes from the rules' groups (the
 * security realm's groups, the groups the caller's login carries, or the configured members), not
 * from a Jenkins permission: DBAs and change-board members often only read jobs.
 */
final class GateDesk {

    enum Act {
        VOTE,
        GRANT
    }

    /** Why a request is refused: the HTTP status and the message. */
    record Refusal(int status, String message) {}

    private GateDesk() {}

    static HttpResponse vote(GateAction action, String gateId, boolean approve, String comment) {
        return act(
                action,
                gateId,
                Act.VOTE,
                (gate, user, groups) -> gate.addVote(
                        new Vote(user, approve, System.currentTimeMillis(), Util.fixEmptyAndTrim(comment), groups)));
    }

    static HttpResponse grant(GateAction action, String gateId, String reason, String ticket) {
        action.getRun().checkPermission(Item.READ);
        GateRecord gate = pick(action, gateId);
        // Which gate, then who may grant, are answered before what is missing from the request.
        Refusal refusal = gate == null ? unpicked(action, gateId) : refusal(action, gate, Act.GRANT);
        if (refusal != null) {
            return HttpResponses.errorWithoutStack(refusal.status(), refusal.message());
        }
        String why = Util.fixEmptyAndTrim(reason);
        if (why == null) {
            return HttpResponses.errorWithoutStack(400, Messages.GateDesk_ReasonRequired());
        }
        // The engine would ignore an exception without a required ticket; refuse it before it is
        // recorded, so that the granter can try again with one.
        if (Util.fixEmptyAndTrim(ticket) == null && requiresTicket(gate)) {
            return HttpResponses.errorWithoutStack(400, Messages.GateDesk_TicketRequired());
        }
        return act(
                action,
                gateId,
                Act.GRANT,
                (granted, user, groups) -> granted.setException(new ExceptionRecord(
                        user, System.currentTimeMillis(), why, Util.fixEmptyAndTrim(ticket), groups)));
    }

    /** Whether the gate's rule allows emergency exceptions at all. */
    static boolean allowsExceptions(GateRecord gate) {
        try {
            return DeployGateConfiguration.get()
                    .getRules()
                    .ruleFor(gate.getEnvironment())
                    .map(rule -> rule.exceptions() != null)
                    .orElse(false);
        } catch (InvalidConfigurationException invalid) {
            return false;
        }
    }

    private static boolean requiresTicket(GateRecord gate) {
        try {
            return DeployGateConfiguration.get()
                    .getRules()
                    .ruleFor(gate.getEnvironment())
                    .map(rule -> rule.exceptions() != null && rule.exceptions().requireTicket())
                    .orElse(false);
        } catch (InvalidConfigurationException invalid) {
            return false; // refusal() already answered with the configuration's problems
        }
    }

    /** The gate named by {@code gateId}, or the only waiting gate when none is named. */
    private static GateRecord pick(GateAction action, String gateId) {
        return gateId == null || gateId.isBlank() ? onlyWaiting(action) : action.find(gateId.trim());
    }

    private interface Recording {
        void record(GateRecord gate, String user, List<String> groups);
    }

    private static HttpResponse act(GateAction action, String gateId, Act act, Recording recording) {
        Run<?, ?> run = action.getRun();
        run.checkPermission(Item.READ);
        GateRecord gate = pick(action, gateId);
        if (gate == null) {
            Refusal none = unpicked(action, gateId);
            return HttpResponses.errorWithoutStack(none.status(), none.message());
        }
        synchronized (action) {
            Refusal refusal = refusal(action, gate, act);
            if (refusal != null) {
                return HttpResponses.errorWithoutStack(refusal.status(), refusal.message());
            }
            User user = User.current();
            if (user == null) { // refusal() answered already, but the user may have logged out since
                return HttpResponses.errorWithoutStack(403, Messages.GateDesk_LogIn());
            }
            recording.record(gate, user.getId(), loginGroups(gate, user.getId()));
        }
        try {
            action.save();
        } catch (IOException e) {
            return HttpResponses.error(500, e);
        }
        GateWaiter.wake(run, gate.getId());
        return HttpResponses.redirectToDot();
    }

    private static GateRecord onlyWaiting(GateAction action) {
        List<GateRecord> waiting = action.getWaitingGates();
        return waiting.size() == 1 ? waiting.get(0) : null;
    }

    /** Why {@link #pick} found no gate: a named gate that is not there, or no or several waiting gates. */
    private static Refusal unpicked(GateAction action, String gateId) {
        if (gateId != null && !gateId.isBlank()) {
            return new Refusal(404, Messages.GateDesk_NoSuchGate(gateId.trim()));
        }
        List<GateRecord> waiting = action.getWaitingGates();
        if (waiting.isEmpty()) {
            return new Refusal(409, Messages.GateDesk_NoneWaiting());
        }
        String gates = waiting.stream()
                .map(gate -> Messages.GateDesk_WaitingGate(gate.getId(), gate.getEnvironment(), GateLog.changeOf(gate)))
                .collect(Collectors.joining(", "));
        return new Refusal(400, Messages.GateDesk_SeveralWaiting(waiting.size(), gates));
    }

    /** Why the current user may not act on {@code gate} now, or null when they may. */
    static Refusal refusal(GateAction action, GateRecord gate, Act act) {
        if (!action.getRun().hasPermission(Item.READ)) {
            return new Refusal(403, Messages.GateDesk_NoRead());
        }
        User current = User.current();
        if (current == null) {
            return new Refusal(403, Messages.GateDesk_LogIn());
        }
        String user = current.getId();
        if (!gate.isWaiting()) {
            return new Refusal(
                    409,
                    Messages.GateDesk_NotWaiting(
                            gate.getEnvironment(), gate.getState().getDisplayName()));
        }
        GateRules rules;
        try {
            rules = DeployGateConfiguration.get().getRules();
        } catch (InvalidConfigurationException invalid) {
            return new Refusal(409, invalid.getMessage());
        }
        EnvironmentRule rule = rules.ruleFor(gate.getEnvironment()).orElse(null);
        if (rule == null) {
            return new Refusal(409, Messages.GateDesk_NoRule(gate.getEnvironment()));
        }
        Membership membership = membership(rules, gate, user);
        if (act == Act.VOTE) {
            if (rule.approvals().isEmpty()) {
                return new Refusal(409, Messages.GateDesk_NoApprovals(rule.name()));
            }
            if (rule.approvals().stream().noneMatch(requirement -> eligible(requirement, user, membership))) {
                String approvers = rule.approvals().stream()
                        .map(ApprovalRequirement::approvers)
                        .collect(Collectors.joining(", "));
                return new Refusal(403, Messages.GateDesk_NotApprover(user, approvers));
            }
            if (gate.hasVoted(user)) {
                return new Refusal(409, Messages.GateDesk_AlreadyVoted(user));
            }
        } else {
            ExceptionPolicy policy = rule.exceptions();
            if (policy == null) {
                return new Refusal(409, Messages.GateDesk_NoExceptions(rule.name()));
            }
            if (!membership.isMember(user, policy.grantedBy())) {
                return new Refusal(403, Messages.GateDesk_NotGranter(user, policy.grantedBy()));
            }
            if (gate.getException() != null) {
                return new Refusal(
                        409,
                        Messages.GateDesk_AlreadyGranted(gate.getException().getUser()));
            }
        }
        if (rule.separationOfDuties() && gate.isRequesterOrCommitter(user)) {
            return new Refusal(403, Messages.GateDesk_SeparationOfDuties(user));
        }
        return null;
    }

    private static boolean eligible(ApprovalRequirement requirement, String user, Membership membership) {
        return requirement.isGroup()
                ? membership.isMember(user, requirement.group())
                : requirement.users().contains(user);
    }

    private static Membership membership(GateRules rules, GateRecord gate, String user) {
        return fromLogin(user).or(JenkinsMembership.of(rules, gate.recordedGroups()));
    }

    /** The groups the current request's login carries (API-token requests get them from the realm). */
    private static Membership fromLogin(String user) {
        Authentication authentication = Jenkins.getAuthentication2();
        IdStrategy groupIds = Jenkins.get().getSecurityRealm().getGroupIdStrategy();
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return (member, group) ->
                member.equals(user) && authorities.stream().anyMatch(authority -> groupIds.equals(authority, group));
    }

    /** The rule's groups the current user's login puts them in: recorded with what they did. */
    private static List<String> loginGroups(GateRecord gate, String user) {
        List<String> groups = new ArrayList<>();
        try {
            GateRules rules = DeployGateConfiguration.get().getRules();
            EnvironmentRule rule = rules.ruleFor(gate.getEnvironment()).orElseThrow();
            Membership login = fromLogin(user);
            List<String> named = new ArrayList<>();
            rule.approvals().stream().filter(ApprovalRequirement::isGroup).forEach(r -> named.add(r.group()));
            if (rule.exceptions() != null) {
                named.add(rule.exceptions().grantedBy());
            }
            named.stream()
                    .distinct()
                    .filter(group -> login.isMember(user, group))
                    .forEach(groups::add);
        } catch (InvalidConfigurationException | NoSuchElementException gone) {
            // refusal() checked both a moment ago under the same lock; nothing to record then.
        }
        return groups;
    }
}
