package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.gate.CheckResult;
import io.jenkins.plugins.deploygate.engine.gate.CheckState;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.Verdict;
import io.jenkins.plugins.deploygate.engine.report.document.Block.Tone;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The status a project manager reads: what was deployed where, how it ended, when, and whether an
 * exception was used. It is built only from names, times and people, never from the log, so no
 * SQL, error code, host name or secret can reach it, whatever the deployment printed.
 */
public final class StakeholderStatus {

    private final DeploymentReport report;

    private StakeholderStatus(DeploymentReport report) {
        this.report = report;
    }

    public static Document of(DeploymentReport report) {
        return new StakeholderStatus(report).document();
    }

    private Document document() {
        Document.Builder document = Document.builder(title());
        document.callout(tone(), headline(), sentence());
        document.facts(facts());
        if (report.outcome() != Outcome.SUCCESS) {
            document.paragraph(whoIsOnIt());
        }
        return document.build();
    }

    private String title() {
        return subject() + ": " + report.outcome().verb();
    }

    private String subject() {
        String where = report.environment() == null ? "" : " to " + report.environment();
        return report.changeId() == null ? "Deployment" + where : report.changeId() + where;
    }

    private Tone tone() {
        return switch (report.outcome()) {
            case SUCCESS -> Tone.SUCCESS;
            case ROLLED_BACK -> Tone.WARNING;
            case FAILED -> Tone.DANGER;
        };
    }

    private String headline() {
        if (stoppedAtGate().isPresent()) {
            return "Not deployed";
        }
        return switch (report.outcome()) {
            case SUCCESS -> "Deployed";
            case ROLLED_BACK -> "Rolled back";
            case FAILED -> "Not completed";
        };
    }

    private String sentence() {
        String change = report.changeId() == null ? "The change" : "Change " + report.changeId();
        String where = report.environment() == null ? "" : " to " + report.environment();
        String when = report.finishedAt() == null ? "" : " on " + Times.format(report.finishedAt(), report.zone());
        Optional<GateDecision> stopped = stoppedAtGate();
        if (stopped.isPresent()) {
            return change + " has not been deployed" + where + ": " + gateReason(stopped.get()) + ".";
        }
        return switch (report.outcome()) {
            case SUCCESS -> change + " was deployed" + where + when + ".";
            case ROLLED_BACK ->
                "The deployment of " + lower(change) + where + " was rolled back" + when
                        + "; the database is as it was before the deployment.";
            case FAILED ->
                // In words only: the status shows nothing of the log, not even the exit status.
                "The deployment of " + lower(change) + where + " did not complete" + when + "."
                        + (report.causeUnrecognised() ? " It failed with no recognised cause." : "");
        };
    }

    private Optional<GateDecision> stoppedAtGate() {
        return report.finalGate().filter(gate -> gate.verdict() != Verdict.OPEN);
    }

    /** The gate's reason in process words: which rule held it, never a check's technical message. */
    private String gateReason(GateDecision gate) {
        List<String> held = new ArrayList<>();
        for (CheckResult check : gate.checks()) {
            if (check.state() == CheckState.FAILED || check.state() == CheckState.PENDING) {
                held.add(ruleName(check));
            }
        }
        String rules = held.isEmpty() ? "the deployment rules" : String.join(", ", held);
        if (gate.verdict() == Verdict.WAIT) {
            String until = gate.notBefore() == null
                    ? ""
                    : " (not before " + Times.format(gate.notBefore(), report.zone()) + ")";
            return "it is waiting for " + rules + until;
        }
        return "it was stopped by " + rules;
    }

    private static String ruleName(CheckResult check) {
        return switch (check.id()) {
            case ENVIRONMENT -> "an unknown environment";
            case LEAD_TIME -> "the minimum lead time";
            case WINDOW -> "the change window";
            case FREEZE -> "a change freeze";
            case APPROVALS -> check.state() == CheckState.FAILED ? "a rejection" : "approvals";
        };
    }

    private List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        if (report.changeId() != null) {
            facts.add(Fact.of("Change", report.changeId()));
        }
        if (report.environment() != null) {
            facts.add(Fact.of("Environment", report.environment()));
        }
        facts.add(Fact.of("Outcome", capitalized(report.outcome().verb())));
        if (report.startedAt() != null) {
            facts.add(Fact.of("Started", Times.format(report.startedAt(), report.zone())));
        }
        if (report.finishedAt() != null) {
            facts.add(Fact.of("Finished", Times.format(report.finishedAt(), report.zone())));
        }
        facts.add(Fact.of("Exception used", exceptionText()));
        approvers().ifPresent(approvers -> facts.add(Fact.of("Approved by", approvers)));
        DeveloperFixReport.pipeline(report).ifPresent(pipeline -> facts.add(Fact.of("Pipeline", pipeline)));
        return facts;
    }

    private String exceptionText() {
        return report.exceptionUsed()
                .map(grant -> "Yes, granted by " + grant.who()
                        + ticketOf(report.finalGate().orElseThrow()))
                .orElse("No");
    }

    private static String ticketOf(GateDecision gate) {
        String ticket = gate.exception().grant().ticket();
        return ticket == null || ticket.isBlank() ? "" : " (ticket " + ticket + ")";
    }

    private Optional<String> approvers() {
        List<String> approvers = report.finalGate().stream()
                .filter(gate -> gate.approvals() != null)
                .flatMap(gate -> gate.approvals().requirements().stream())
                .flatMap(requirement -> requirement.counted().stream())
                .distinct()
                .toList();
        return approvers.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", approvers));
    }

    private String whoIsOnIt() {
        if (report.contacts().isEmpty()) {
            return "The deployment team has the details.";
        }
        return "Who is on it: " + String.join(", ", report.contacts()) + ".";
    }

    private static String lower(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
