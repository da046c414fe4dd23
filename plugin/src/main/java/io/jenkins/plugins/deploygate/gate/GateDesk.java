package io.jenkins.plugins.deploygate.gate;

import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.config.InvalidConfigurationException;
import io.jenkins.plugins.deploygate.engine.gate.Eligibility;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionAudit;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionGrant;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;

/**
 * Acting on a gate: the checks before an approval, a rejection or an exception is recorded, and
 * the recording. Who may act is the engine's answer ({@link Eligibility#whyNotApprover}, {@link
 * Eligibility#whyNotGranter}), asked with the same inputs the gate evaluates with ({@link
 * GateInputs}); the page offers only what a request would be allowed, and every request is checked
 * again here, so a forged POST gets the same answer. Nothing is recorded on a gate that no longer
 * waits or a build that no longer runs.
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
        return act(action, gateId, Act.VOTE, (gate, actor, rule) -> {
            gate.addVote(new Vote(
                    actor.user(),
                    approve,
                    System.currentTimeMillis(),
                    Util.fixEmptyAndTrim(comment),
                    actor.groupsAmong(groupsOf(rule))));
            return null;
        });
    }

    static HttpResponse grant(GateAction action, String gateId, String reason, String ticket) {
        String why = Util.fixEmptyAndTrim(reason);
        String reference = Util.fixEmptyAndTrim(ticket);
        return act(action, gateId, Act.GRANT, (gate, actor, rule) -> {
            // Who may grant is answered first; then what the request lacks, so that the granter
            // can try again with it rather than record an exception the gate would ignore.
            if (why == null) {
                return new Refusal(400, Messages.GateDesk_ReasonRequired());
            }
            if (reference == null && rule.exceptions().requireTicket()) {
                return new Refusal(400, Messages.GateDesk_TicketRequired(rule.name()));
            }
            gate.setException(new ExceptionRecord(
                    actor.user(), System.currentTimeMillis(), why, reference, actor.groupsAmong(groupsOf(rule))));
            return null;
        });
    }

    /** What one act records, given the gate, who acts and the rule; a refusal instead when it lacks something. */
    private interface Recording {
        Refusal record(GateRecord gate, Actor actor, EnvironmentRule rule);
    }

    private static HttpResponse act(GateAction action, String gateId, Act act, Recording recording) {
        Run<?, ?> run = action.getRun();
        run.checkPermission(Item.READ);
        GateRecord gate = pick(action, gateId);
        if (gate == null) {
            return refuse(unpicked(action, gateId));
        }
        // The full check reads the build history and asks the realm: not under the action's lock.
        Actor actor = Actor.current();
        Checked checked = check(action, gate, act, actor, true);
        if (checked.refusal() != null) {
            return refuse(checked.refusal());
        }
        synchronized (action) {
            // What may have changed since, checked again where the act is recorded.
            Refusal changed = stillOpen(gate, act, actor.user());
            if (changed == null) {
                changed = recording.record(gate, actor, checked.rule());
            }
            if (changed != null) {
                return refuse(changed);
            }
        }
        try {
            action.save();
        } catch (IOException e) {
            return HttpResponses.error(500, e);
        }
        GateWaiter.wake(run, gate.getId());
        return HttpResponses.redirectToDot();
    }

    /**
     * Why the current user may not act on {@code gate}, as the page says it, or null when they may.
     * The page asks with the inputs of the gate's latest evaluation; the request that acts asks
     * with fresh ones.
     */
    static Refusal refusal(GateAction action, GateRecord gate, Act act) {
        return check(action, gate, act, Actor.current(), false).refusal();
    }

    /** A refusal, or the rule the act is checked against. */
    private record Checked(Refusal refusal, EnvironmentRule rule) {
        static Checked refused(int status, String message) {
            return new Checked(new Refusal(status, message), null);
        }
    }

    private static Checked check(GateAction action, GateRecord gate, Act act, Actor actor, boolean fresh) {
        Run<?, ?> run = action.getRun();
        if (!run.hasPermission(Item.READ)) {
            return Checked.refused(403, Messages.GateDesk_NoRead());
        }
        if (actor == null) {
            return Checked.refused(403, Messages.GateDesk_LogIn());
        }
        if (!gate.isWaiting()) {
            return Checked.refused(
                    409,
                    Messages.GateDesk_NotWaiting(
                            gate.getEnvironment(), gate.getState().getDisplayName()));
        }
        if (!run.isBuilding()) {
            return Checked.refused(409, Messages.GateDesk_BuildFinished(gate.getEnvironment()));
        }
        GateRules rules;
        try {
            rules = DeployGateConfiguration.get().getRules();
        } catch (InvalidConfigurationException invalid) {
            return Checked.refused(409, invalid.getMessage());
        }
        GateInputs inputs =
                fresh ? GateInputs.fresh(run, gate, rules, actor) : GateInputs.stored(run, gate, rules, actor);
        EnvironmentRule rule = inputs.rule().orElse(null);
        if (rule == null) {
            return Checked.refused(409, Messages.GateDesk_NoRule(gate.getEnvironment()));
        }
        Eligibility eligibility = inputs.evaluator().eligibility();
        String user = actor.user();
        if (act == Act.VOTE) {
            if (rule.approvals().isEmpty()) {
                return Checked.refused(409, Messages.GateDesk_NoApprovals(rule.name()));
            }
            String why =
                    eligibility.whyNotApprover(rule, inputs.request(), user).orElse(null);
            if (why != null) {
                return Checked.refused(403, Messages.GateDesk_MayNotVote(why));
            }
        } else {
            if (rule.exceptions() == null) {
                return Checked.refused(409, Messages.GateDesk_NoExceptions(rule.name()));
            }
            List<String> why = eligibility.whyNotGranter(rule, inputs.request(), user);
            if (!why.isEmpty()) {
                return Checked.refused(403, Messages.GateDesk_MayNotGrant(String.join("; ", why)));
            }
        }
        return new Checked(stillOpen(gate, act, user), rule);
    }

    /** What the gate's own record refuses: it stopped waiting, the user voted, a valid exception is there. */
    private static Refusal stillOpen(GateRecord gate, Act act, String user) {
        if (!gate.isWaiting()) {
            return new Refusal(
                    409,
                    Messages.GateDesk_NotWaiting(
                            gate.getEnvironment(), gate.getState().getDisplayName()));
        }
        if (act == Act.VOTE && gate.hasVoted(user)) {
            return new Refusal(409, Messages.GateDesk_AlreadyVoted(user));
        }
        ExceptionRecord given = gate.getException();
        if (act == Act.GRANT && given != null && !ignoredByTheGate(gate, given)) {
            return new Refusal(409, Messages.GateDesk_AlreadyGranted(given.getUser()));
        }
        return null;
    }

    /**
     * Whether the gate evaluated {@code given} and found it invalid: the engine then ignores it and
     * the gate keeps waiting for a valid one, which may replace it. An exception the gate has not
     * evaluated yet is still pending and may not be replaced.
     */
    private static boolean ignoredByTheGate(GateRecord gate, ExceptionRecord given) {
        GateDecision latest = gate.getDecision();
        ExceptionAudit audit = latest == null ? null : latest.exception();
        if (audit == null || audit.valid()) {
            return false;
        }
        ExceptionGrant evaluated = audit.grant();
        return evaluated.grantedBy().equals(given.getUser())
                && evaluated.grantedAt().toEpochMilli() / 1000 == given.getTime() / 1000
                && Objects.equals(evaluated.reason(), given.getReason());
    }

    /** The groups of the rule a login may put its user in: recorded with the vote or the grant. */
    private static List<String> groupsOf(EnvironmentRule rule) {
        List<String> groups = new ArrayList<>();
        rule.approvals().stream()
                .filter(ApprovalRequirement::isGroup)
                .forEach(requirement -> groups.add(requirement.group()));
        if (rule.exceptions() != null) {
            groups.add(rule.exceptions().grantedBy());
        }
        return groups;
    }

    /** The gate named by {@code gateId}, or the only waiting gate when none is named. */
    private static GateRecord pick(GateAction action, String gateId) {
        if (gateId != null && !gateId.isBlank()) {
            return action.find(gateId.trim());
        }
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

    private static HttpResponse refuse(Refusal refusal) {
        return HttpResponses.errorWithoutStack(refusal.status(), refusal.message());
    }
}
