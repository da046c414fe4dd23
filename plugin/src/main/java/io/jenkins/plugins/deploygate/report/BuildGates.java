package io.jenkins.plugins.deploygate.report;

import hudson.model.Run;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit;
import io.jenkins.plugins.deploygate.engine.gate.CheckResult;
import io.jenkins.plugins.deploygate.engine.gate.CheckState;
import io.jenkins.plugins.deploygate.engine.gate.Deadline;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionAudit;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateEvaluator;
import io.jenkins.plugins.deploygate.engine.gate.Membership;
import io.jenkins.plugins.deploygate.engine.gate.RequestTime;
import io.jenkins.plugins.deploygate.engine.gate.UserIdentity;
import io.jenkins.plugins.deploygate.engine.gate.Verdict;
import io.jenkins.plugins.deploygate.engine.report.AuditEvent;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.gate.CheckLine;
import io.jenkins.plugins.deploygate.gate.ExceptionRecord;
import io.jenkins.plugins.deploygate.gate.GateAction;
import io.jenkins.plugins.deploygate.gate.GateRecord;
import io.jenkins.plugins.deploygate.gate.Vote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The build's gates, as the report needs them: the engine's {@link GateDecision} and the audit,
 * rebuilt from the plugin-defined records {@code deployGate} keeps in {@link GateAction}. Verdict,
 * checks and times are the record's: what the gate decided. The record keeps neither the approval
 * tally nor the exception's audit, so the engine counts them again from the recorded votes and the
 * groups each voter had when voting, under the current rules. The moment of the decision is not
 * recorded: reports print it as unknown.
 */
final class BuildGates {

    private final List<GateDecision> decisions = new ArrayList<>();
    private final List<AuditEvent> audit = new ArrayList<>();

    private BuildGates(List<GateRecord> records, GateRules rules) {
        for (GateRecord record : records) {
            if (record.getVerdict() == null) {
                continue; // recorded, never evaluated: no decision to report
            }
            decisions.add(decision(record, rules));
            addAudit(record);
        }
    }

    static BuildGates of(Run<?, ?> run) {
        GateAction action = run.getAction(GateAction.class);
        if (action == null) {
            return new BuildGates(List.of(), null);
        }
        GateRules rules = DeployGateConfiguration.get().getMapped().rules().orElse(null);
        return new BuildGates(action.getGates(), rules);
    }

    /**
     * The build's last decided gate, read from its record alone: what the build page and the REST
     * API need (environment, change, whether it opened) without evaluating anything.
     */
    static Optional<GateRecord> lastDecided(Run<?, ?> run) {
        GateAction action = run.getAction(GateAction.class);
        if (action == null) {
            return Optional.empty();
        }
        List<GateRecord> gates = action.getGates();
        for (int i = gates.size() - 1; i >= 0; i--) {
            if (gates.get(i).getVerdict() != null) {
                return Optional.of(gates.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether the build's last gate did not open, from its record alone. */
    static boolean lastStopped(Run<?, ?> run) {
        return lastDecided(run)
                .map(gate -> !Verdict.OPEN.name().equals(gate.getVerdict()))
                .orElse(false);
    }

    List<GateDecision> decisions() {
        return decisions;
    }

    List<AuditEvent> audit() {
        return audit;
    }

    /** @param rules the current rules, or null when they do not map (then no tally is shown) */
    private static GateDecision decision(GateRecord record, GateRules rules) {
        List<CheckResult> checks = new ArrayList<>();
        for (CheckLine line : record.getChecks()) {
            CheckId.fromId(line.getId())
                    .ifPresent(id -> checks.add(new CheckResult(
                            id, CheckState.valueOf(line.getState()), line.getMessage(), instant(line.getNotBefore()))));
        }
        ApprovalAudit approvals = null;
        ExceptionAudit exception = exception(record, checks);
        if (rules != null) {
            GateDecision recount = recount(record, rules);
            approvals = recount.approvals();
            exception = recount.exception();
        }
        return new GateDecision(
                record.toRequest(),
                instant(record.getEvaluatedAt()),
                record.getRule(),
                Verdict.valueOf(record.getVerdict()),
                instant(record.getNotBefore()),
                null,
                List.of(),
                checks,
                approvals,
                exception,
                RequestTime.of(null, record.toRequest()),
                null,
                null);
    }

    /**
     * The engine's evaluation of the recorded request, votes and exception, for its tally and
     * exception audit only (its time checks are of the moment of the last act, not the gate's).
     * Membership is what each voter's own request carried when they voted, as the gate counted it,
     * or the rules' groups: no security-realm lookup on every page view.
     */
    private static GateDecision recount(GateRecord record, GateRules rules) {
        Map<String, Set<String>> atVote = record.recordedGroups();
        Membership membership =
                (user, group) -> atVote.containsKey(user) && atVote.get(user).contains(group);
        Instant lastAct = Instant.ofEpochMilli(record.getRequestedAt());
        for (Vote vote : record.getVotes()) {
            lastAct = max(lastAct, instant(vote.getTime()));
        }
        if (record.getException() != null) {
            lastAct = max(lastAct, instant(record.getException().getTime()));
        }
        return new GateEvaluator(membership.or(Membership.ofRules(rules)), UserIdentity.EXACT)
                .evaluate(
                        rules,
                        record.toRequest(),
                        record.toApprovals(),
                        record.toExceptionGrant(),
                        lastAct,
                        Deadline.NONE);
    }

    private static Instant max(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    /** The exception as the record alone shows it: applied when the decision waived a check. */
    private static ExceptionAudit exception(GateRecord record, List<CheckResult> checks) {
        if (record.toExceptionGrant() == null) {
            return null;
        }
        List<CheckId> waived = checks.stream()
                .filter(check -> check.state() == CheckState.WAIVED)
                .map(CheckResult::id)
                .toList();
        return waived.isEmpty()
                ? new ExceptionAudit(record.toExceptionGrant(), false, Messages.BuildGates_NothingWaived(), waived)
                : new ExceptionAudit(record.toExceptionGrant(), true, null, waived);
    }

    private void addAudit(GateRecord record) {
        if (record.getRequestedBy() != null) {
            audit.add(new AuditEvent(
                    Instant.ofEpochMilli(record.getRequestedAt()),
                    record.getRequestedBy(),
                    AuditEvent.Action.REQUESTED,
                    record.getChangeId()));
        }
        for (Vote vote : record.getVotes()) {
            audit.add(new AuditEvent(
                    instant(vote.getTime()),
                    vote.getUser(),
                    vote.isApproved() ? AuditEvent.Action.APPROVED : AuditEvent.Action.REJECTED,
                    vote.getComment()));
        }
        ExceptionRecord exception = record.getException();
        if (exception != null) {
            String detail = exception.getTicket() == null
                    ? exception.getReason()
                    : Messages.BuildGates_ExceptionDetail(exception.getReason(), exception.getTicket());
            audit.add(new AuditEvent(
                    instant(exception.getTime()), exception.getUser(), AuditEvent.Action.EXCEPTION_GRANTED, detail));
        }
    }

    /** Records store 0 for "no time". */
    private static Instant instant(long millis) {
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
    }
}
