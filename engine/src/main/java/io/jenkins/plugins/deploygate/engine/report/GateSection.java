package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit;
import io.jenkins.plugins.deploygate.engine.gate.CheckResult;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionAudit;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Fact;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The gate part of the fix report: the checks as the engine explained them, and the audit. */
final class GateSection {

    private GateSection() {}

    static void add(Document.Builder document, GateDecision gate, List<AuditEvent> audit, ZoneId zone) {
        document.heading(2, "Gate");
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Environment", gate.environment()));
        if (gate.rule() != null) {
            facts.add(Fact.of("Rule applied", gate.rule()));
        }
        facts.add(Fact.of("Verdict", gate.verdict().name()));
        if (gate.notBefore() != null) {
            facts.add(Fact.of("Not before", Times.format(gate.notBefore(), zone)));
        }
        facts.add(Fact.of(
                "Requested",
                Times.format(gate.requestTime().at(), zone) + " ("
                        + gate.requestTime().source().text() + ")"));
        facts.add(Fact.of("Decided", Times.format(gate.evaluatedAt(), zone)));
        document.facts(facts);
        document.add(new Block.Table(
                List.of("Check", "State", "Explanation"),
                gate.checks().stream().map(GateSection::checkRow).toList()));
        if (gate.approvals() != null && !gate.approvals().requirements().isEmpty()) {
            document.heading(3, "Approvals");
            Set<String> countedSomewhere = gate.approvals().requirements().stream()
                    .flatMap(requirement -> requirement.counted().stream())
                    .collect(Collectors.toSet());
            document.add(new Block.Table(
                    List.of("Required", "Counted", "Not counted", "Rejected by"),
                    gate.approvals().requirements().stream()
                            .map(requirement -> requirementRow(requirement, countedSomewhere))
                            .toList()));
        }
        if (gate.exception() != null) {
            addException(document, gate.exception(), zone);
        }
        if (!audit.isEmpty()) {
            document.heading(3, "Audit");
            document.add(new Block.Table(
                    List.of("When", "Who", "What", "Detail"),
                    audit.stream().map(event -> auditRow(event, zone)).toList()));
        }
    }

    private static List<Inline> checkRow(CheckResult check) {
        return List.of(Inline.code(check.id().id()), Inline.text(check.state().name()), Inline.text(check.message()));
    }

    /**
     * A voter who counted for another requirement is not news in this one's "not counted" column
     * (a change-board member is, of course, not a DBA); everyone else who was not counted is.
     */
    private static List<Inline> requirementRow(
            ApprovalAudit.RequirementAudit requirement, Set<String> countedSomewhere) {
        String notCounted = requirement.notCounted().stream()
                .filter(skipped -> skipped.reason() != ApprovalAudit.Reason.NOT_ELIGIBLE
                        || !countedSomewhere.contains(skipped.user()))
                .map(skipped -> skipped.user() + " (" + skipped.reason().describe(requirement.approvers()) + ")")
                .collect(Collectors.joining(", "));
        return List.of(
                Inline.text(requirement.required() + " of " + requirement.approvers()),
                Inline.text(listOrDash(requirement.counted())),
                Inline.text(notCounted.isEmpty() ? "-" : notCounted),
                Inline.text(listOrDash(requirement.rejectedBy())));
    }

    private static void addException(Document.Builder document, ExceptionAudit exception, ZoneId zone) {
        document.heading(3, "Exception");
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Granted by", exception.grant().grantedBy()));
        facts.add(Fact.of("Granted", Times.format(exception.grant().grantedAt(), zone)));
        facts.add(Fact.of("Reason", orDash(exception.grant().reason())));
        facts.add(Fact.of("Ticket", orDash(exception.grant().ticket())));
        facts.add(Fact.of(
                "Waived",
                exception.waived().isEmpty()
                        ? "nothing"
                        : exception.waived().stream().map(id -> id.id()).collect(Collectors.joining(", "))));
        if (!exception.valid()) {
            facts.add(Fact.of("Not accepted", exception.problem()));
        }
        document.facts(facts);
    }

    private static List<Inline> auditRow(AuditEvent event, ZoneId zone) {
        return List.of(
                Inline.text(event.at() == null ? "-" : Times.format(event.at(), zone)),
                Inline.text(event.who()),
                Inline.text(event.action().text()),
                Inline.text(orDash(event.detail())));
    }

    private static String listOrDash(List<String> users) {
        return users.isEmpty() ? "-" : String.join(", ", users);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
