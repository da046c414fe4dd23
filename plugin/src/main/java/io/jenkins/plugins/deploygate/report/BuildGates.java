package io.jenkins.plugins.deploygate.report;

import hudson.model.Run;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.Verdict;
import io.jenkins.plugins.deploygate.engine.report.AuditEvent;
import io.jenkins.plugins.deploygate.gate.ExceptionRecord;
import io.jenkins.plugins.deploygate.gate.GateAction;
import io.jenkins.plugins.deploygate.gate.GateRecord;
import io.jenkins.plugins.deploygate.gate.Vote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build's gates, as the report needs them: each gate's last decision exactly as the engine
 * took it (stored with the gate, see {@link GateRecord#getDecision()}), and the audit of who
 * requested, approved, rejected and granted. Nothing is evaluated again: a report shows what was
 * decided, whatever the rules are now.
 */
final class BuildGates {

    private final List<GateDecision> decisions = new ArrayList<>();
    private final List<AuditEvent> audit = new ArrayList<>();

    private BuildGates(List<GateRecord> records) {
        for (GateRecord record : records) {
            GateDecision decision = record.getDecision();
            if (decision == null) {
                continue; // recorded, never evaluated: no decision to report
            }
            decisions.add(decision);
            addAudit(record, decision);
        }
    }

    static BuildGates of(Run<?, ?> run) {
        GateAction action = run.getAction(GateAction.class);
        return new BuildGates(action == null ? List.of() : action.getGates());
    }

    /**
     * The build's last decided gate: what the build page and the REST API need (environment, change,
     * whether it opened).
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

    /** Whether the build's last gate did not open. */
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

    private void addAudit(GateRecord record, GateDecision decision) {
        String requester = decision.request().requestedBy();
        if (requester != null) {
            audit.add(new AuditEvent(
                    decision.requestTime().at(), requester, AuditEvent.Action.REQUESTED, record.getChangeId()));
        }
        for (Vote vote : record.getVotes()) {
            audit.add(new AuditEvent(
                    Instant.ofEpochMilli(vote.getTime()),
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
                    Instant.ofEpochMilli(exception.getTime()),
                    exception.getUser(),
                    AuditEvent.Action.EXCEPTION_GRANTED,
                    detail));
        }
    }
}
