package io.jenkins.plugins.deploygate.report;

import hudson.model.Run;
import io.jenkins.plugins.deploygate.approval.CheckLine;
import io.jenkins.plugins.deploygate.approval.ExceptionRecord;
import io.jenkins.plugins.deploygate.approval.GateAction;
import io.jenkins.plugins.deploygate.approval.GateRecord;
import io.jenkins.plugins.deploygate.approval.Vote;
import io.jenkins.plugins.deploygate.engine.gate.CheckResult;
import io.jenkins.plugins.deploygate.engine.gate.CheckState;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionAudit;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.Verdict;
import io.jenkins.plugins.deploygate.engine.report.AuditEvent;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build's gates, as the report needs them: the engine's {@link GateDecision} and the audit,
 * rebuilt from the plugin-defined records {@code deployGate} keeps in {@link GateAction}. The record
 * keeps the latest decision's checks, verdict and times, but neither the moment of that decision nor
 * the approval tally, so {@code evaluatedAt} is unknown (reports print "unknown") and the votes
 * appear in the audit instead of a tally.
 */
final class BuildGates {

    private final List<GateDecision> decisions = new ArrayList<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final GateRecord last;

    private BuildGates(List<GateRecord> records) {
        GateRecord latest = null;
        for (GateRecord record : records) {
            if (record.getVerdict() == null) {
                continue; // recorded, never evaluated: no decision to report
            }
            decisions.add(decision(record));
            addAudit(record);
            latest = record;
        }
        last = latest;
    }

    static BuildGates of(Run<?, ?> run) {
        GateAction action = run.getAction(GateAction.class);
        return new BuildGates(action == null ? List.of() : action.getGates());
    }

    List<GateDecision> decisions() {
        return decisions;
    }

    List<AuditEvent> audit() {
        return audit;
    }

    /** The environment of the build's last gate, if it had one. */
    Optional<String> environment() {
        return Optional.ofNullable(last).map(GateRecord::getEnvironment);
    }

    Optional<String> changeId() {
        return Optional.ofNullable(last).map(GateRecord::getChangeId);
    }

    /** Whether the last gate did not open: then the deployment did not run. */
    boolean stopped() {
        return !decisions.isEmpty() && decisions.get(decisions.size() - 1).verdict() != Verdict.OPEN;
    }

    private static GateDecision decision(GateRecord record) {
        List<CheckResult> checks = new ArrayList<>();
        for (CheckLine line : record.getChecks()) {
            CheckId.fromId(line.getId())
                    .ifPresent(id -> checks.add(new CheckResult(
                            id, CheckState.valueOf(line.getState()), line.getMessage(), instant(line.getNotBefore()))));
        }
        return new GateDecision(
                record.toRequest(),
                null,
                record.getRule(),
                Verdict.valueOf(record.getVerdict()),
                instant(record.getNotBefore()),
                checks,
                null,
                exception(record, checks),
                null);
    }

    /** The exception as the record shows it: applied when the decision waived a check. */
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
