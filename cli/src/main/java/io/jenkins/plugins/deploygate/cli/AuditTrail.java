package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.RequestTime;
import io.jenkins.plugins.deploygate.engine.report.AuditEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The audit a decision file implies: the request (when it counted from, and who said so), who
 * approved and rejected (the file records no times for them) and the exception's grant. Jenkins
 * records each act with its time; the command line has only what {@code check} was told.
 */
final class AuditTrail {

    private AuditTrail() {}

    static List<AuditEvent> of(GateDecision gate) {
        List<AuditEvent> events = new ArrayList<>();
        String requester = gate.request().requestedBy();
        if (requester != null) {
            RequestTime requested = gate.requestTime();
            events.add(new AuditEvent(
                    requested.at(),
                    requester,
                    AuditEvent.Action.REQUESTED,
                    requested.source().text()));
        }
        Set<String> approvers = new LinkedHashSet<>();
        Set<String> rejecters = new LinkedHashSet<>();
        if (gate.approvals() != null) {
            for (ApprovalAudit.RequirementAudit requirement : gate.approvals().requirements()) {
                approvers.addAll(requirement.counted());
                rejecters.addAll(requirement.rejectedBy());
                requirement
                        .notCounted()
                        .forEach(vote ->
                                (vote.vote() == ApprovalAudit.Vote.APPROVAL ? approvers : rejecters).add(vote.user()));
            }
        }
        approvers.forEach(user -> events.add(new AuditEvent(null, user, AuditEvent.Action.APPROVED, null)));
        rejecters.forEach(user -> events.add(new AuditEvent(null, user, AuditEvent.Action.REJECTED, null)));
        if (gate.exception() != null) {
            var grant = gate.exception().grant();
            String detail = grant.reason() == null
                    ? null
                    : grant.reason() + (grant.ticket() == null ? "" : " (" + grant.ticket() + ")");
            events.add(
                    new AuditEvent(grant.grantedAt(), grant.grantedBy(), AuditEvent.Action.EXCEPTION_GRANTED, detail));
        }
        return events;
    }
}
