package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.UnrecognisedFailure;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A blameless post-mortem for a failed deployment, pre-filled with what the report knows (the
 * timeline, the findings and their fixes) and leaving the questions only people can answer.
 */
public final class PostMortemDraft {

    private final DeploymentReport report;

    private PostMortemDraft(DeploymentReport report) {
        this.report = report;
    }

    public static Document of(DeploymentReport report) {
        return new PostMortemDraft(report).document();
    }

    private Document document() {
        String subject = report.changeId() == null ? "deployment" : report.changeId();
        String where = report.environment() == null ? "" : " to " + report.environment();
        Document.Builder document = Document.builder("Post-mortem draft: " + subject + where);
        document.callout(
                Block.Tone.INFO,
                "Blameless",
                "This review looks for what in the process let the failure happen, not for who made it."
                        + " Fill in every part marked \"To fill in\"; keep the facts below as they are.");
        document.heading(2, "Summary");
        document.paragraph(
                "The deployment " + report.outcome().verb() + ". To fill in: one paragraph on what happened.");
        document.heading(2, "Timeline");
        document.add(new Block.Table(List.of("When", "What"), timeline()));
        document.heading(2, "Findings and fixes");
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) {
            document.paragraph("No database or migration-tool error was found in the captured output.");
        } else {
            document.add(new Block.Table(
                    List.of("Log line", "Error", "Where", "Fix"),
                    findings.stream()
                            .sorted(Comparator.comparingLong(Finding::line))
                            .map(PostMortemDraft::findingRow)
                            .toList()));
        }
        document.heading(2, "Impact");
        document.paragraph("To fill in: who and what was affected, for how long; was data changed or lost?");
        rootCause(document);
        questions(document);
        return document.build();
    }

    /** What happened, by time. */
    private List<List<Inline>> timeline() {
        List<Event> events = new ArrayList<>();
        for (GateDecision gate : report.gates()) {
            String requester = gate.request().requestedBy();
            String declared = gate.requestTime().declared()
                    ? " (" + gate.requestTime().source().text() + ")"
                    : "";
            events.add(new Event(
                    gate.requestTime().at(), "Requested" + (requester == null ? "" : " by " + requester) + declared));
            events.add(new Event(gate.evaluatedAt(), "Gate decided " + gate.verdict() + " for " + gate.environment()));
        }
        for (AuditEvent event : report.audit()) {
            if (event.action() != AuditEvent.Action.REQUESTED) {
                events.add(new Event(
                        event.at(),
                        event.who() + " " + event.action().text()
                                + (event.detail() == null ? "" : ": " + event.detail())));
            }
        }
        events.add(new Event(report.startedAt(), "Deployment started"));
        List<List<Inline>> rows = new ArrayList<>();
        events.stream()
                .filter(event -> event.at() != null)
                .sorted(Comparator.comparing(Event::at))
                .forEach(event -> rows.add(row(Times.format(event.at(), report.zone()), event.what())));
        // The cause has no time of its own (log lines carry none): it stands between start and end.
        report.rootCause()
                .ifPresent(cause -> rows.add(row(
                        "during the run",
                        "The error that broke the deployment, at line " + cause.line() + " of the log: "
                                + NextSteps.labelAndMigration(cause))));
        for (DeploymentReport.Capture capture : report.unrecognisedFailures()) {
            UnrecognisedFailure failure = capture.result().unrecognisedFailure();
            String where = failure.lastLines().isEmpty()
                    ? "The command failed (" + capture.name() + "): "
                    : "The command stopped at line " + failure.lastLine() + " of its output (" + capture.name() + "): ";
            rows.add(row("during the run", where + failure.describe()));
        }
        if (report.finishedAt() != null) {
            rows.add(row(
                    Times.format(report.finishedAt(), report.zone()),
                    "Deployment ended: " + report.outcome().verb()));
        }
        return rows;
    }

    private record Event(Instant at, String what) {}

    private static List<Inline> row(String when, String what) {
        return List.of(Inline.text(when), Inline.text(what));
    }

    private static List<Inline> findingRow(Finding finding) {
        String migration = MigrationText.of(finding);
        return List.of(
                Inline.text(OccurrenceLines.text(finding)),
                Inline.text(NextSteps.label(finding) + ": " + finding.message()),
                // A file name is code, as in the fix report: Markdown would otherwise escape its underscores.
                migration == null ? Inline.text("-") : Inline.code(migration),
                Inline.text(finding.fix() == null ? "-" : finding.fix()));
    }

    /** What the report knows of the cause, above the questions only people can answer. */
    private void rootCause(Document.Builder document) {
        document.heading(2, "Root cause");
        Finding cause = report.rootCause().orElse(null);
        if (cause != null) {
            document.paragraph(
                    Inline.text("The deployment broke on " + NextSteps.labelAndMigration(cause) + ": "),
                    Inline.code(cause.message()));
            if (cause.wrapper() != null) {
                document.paragraph(FindingBlock.wrapper(cause, LogLinks.NONE));
            }
            if (cause.statement() != null) {
                FindingBlock.statement(document, cause.statement());
            }
        }
        for (DeploymentReport.Capture capture : report.unrecognisedFailures()) {
            UnrecognisedSection.add(document, capture.name(), capture.result(), LogLinks.NONE);
        }
        document.paragraph("To fill in: why did the change fail? Start from the "
                + (cause == null ? "last lines of the output" : "error") + " above.");
    }

    private static void questions(Document.Builder document) {
        document.heading(2, "What made it possible");
        document.paragraph("To fill in: why did review, testing or the staging deployment not catch it?"
                + " Which rule or check would have?");
        document.heading(2, "Detection and response");
        document.paragraph("To fill in: how was the failure noticed, and how long did recovery take?");
        document.heading(2, "Actions");
        document.add(new Block.Table(
                List.of("Action", "Owner", "Due"),
                List.of(List.of(Inline.text("To fill in"), Inline.text("To fill in"), Inline.text("To fill in")))));
    }
}
