package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.report.document.Block.Tone;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Fact;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The report a developer or DBA fixes a deployment from: what to do next, the error that broke the
 * deployment with its migration, failing statement and fix, the other findings grouped by the
 * migration they came from (at a glance first when there are many), a failure nobody recognised
 * with the last lines of its output, then the gate's checks and who did what. Findings arrive
 * redacted from the scanner; everything else is escaped by the writers.
 */
public final class DeveloperFixReport {

    private final DeploymentReport report;
    /** Each finding's capture's links; by identity, as two captures may find equal findings. */
    private final Map<Finding, LogLinks> linksByFinding = new IdentityHashMap<>();
    /** Capture by capture, each in the order of its log. */
    private final List<Finding> findings = new ArrayList<>();

    private DeveloperFixReport(DeploymentReport report) {
        this.report = report;
        for (DeploymentReport.Capture capture : report.captures()) {
            capture.result().findings().stream()
                    .sorted(Comparator.comparingLong(Finding::line))
                    .forEach(finding -> {
                        linksByFinding.put(finding, capture.logLinks());
                        findings.add(finding);
                    });
        }
    }

    public static Document of(DeploymentReport report) {
        return new DeveloperFixReport(report).document();
    }

    private Document document() {
        Document.Builder document = Document.builder(title());
        document.callout(tone(), summaryTitle(), summary());
        if (report.silentFailure()) {
            document.callout(
                    Tone.DANGER,
                    "Silent failure",
                    "The deployment command reported success, but its output holds errors. The database may be"
                            + " partly migrated: check its state before you deploy again.");
        }
        document.facts(facts());
        List<String> nextSteps = NextSteps.of(report);
        if (!nextSteps.isEmpty()) {
            document.heading(2, "What to do next");
            document.bullets(nextSteps);
        }
        FindingTable.add(document, findings, this::links);
        FindingSections.add(document, findings, report.rootCause(), this::links);
        unrecognised(document);
        report.finalGate().ifPresent(gate -> GateSection.add(document, gate, report.audit(), report.zone()));
        return document.build();
    }

    private void unrecognised(Document.Builder document) {
        List<DeploymentReport.Capture> failures = report.unrecognisedFailures();
        if (failures.isEmpty()) {
            return;
        }
        document.heading(2, UnrecognisedSection.HEADING);
        for (DeploymentReport.Capture capture : failures) {
            UnrecognisedSection.add(document, capture.name(), capture.result(), capture.logLinks());
        }
    }

    /** Where the output of the capture that found {@code finding} can be read. */
    private LogLinks links(Finding finding) {
        return linksByFinding.getOrDefault(finding, LogLinks.NONE);
    }

    /** Names the pipeline, else the change and where it went, else nothing more. */
    private String title() {
        if (report.job() != null) {
            return "Deployment report: " + report.job() + (report.build() == null ? "" : " #" + report.build());
        }
        String change = report.changeId() == null ? "" : report.changeId();
        String where = report.environment() == null ? "" : " to " + report.environment();
        String subject = (change + where).strip();
        return subject.isEmpty() ? "Deployment report" : "Deployment report: " + subject;
    }

    private Tone tone() {
        if (report.outcome() == Outcome.SUCCESS) {
            return report.findings().isEmpty() ? Tone.SUCCESS : Tone.WARNING;
        }
        return report.outcome() == Outcome.ROLLED_BACK ? Tone.WARNING : Tone.DANGER;
    }

    private String summaryTitle() {
        String verb = report.outcome().verb();
        return Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
    }

    /** "1 error found in 1 migration.", "exit status 3, no known error recognised.", or that all is clean. */
    private String summary() {
        long errors = report.errorCount();
        long others = findings.stream().filter(finding -> !finding.isError()).count();
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            long migrations = findings.stream()
                    .map(MigrationText::of)
                    .filter(Objects::nonNull)
                    .distinct()
                    .count();
            String where = migrations == 0 ? "" : " in " + plural(migrations, "migration");
            parts.add(plural(errors, "error") + " found" + where);
        }
        report.unrecognisedFailures()
                .forEach(capture ->
                        parts.add(capture.result().unrecognisedFailure().describe()));
        if (parts.isEmpty() && others == 0) {
            return report.captures().isEmpty()
                    ? "No deployment output was captured."
                    : "No database or migration-tool errors were found in the deployment's output.";
        }
        String found = parts.isEmpty() ? "No error found" : String.join("; ", parts);
        return found + andOthers(others) + ".";
    }

    private List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        pipeline(report).ifPresent(pipeline -> facts.add(Fact.of("Pipeline", pipeline)));
        if (report.environment() != null) {
            facts.add(Fact.of("Environment", report.environment()));
        }
        if (report.changeId() != null) {
            facts.add(Fact.of("Change", report.changeId()));
        }
        if (report.startedAt() != null) {
            facts.add(Fact.of("Started", Times.format(report.startedAt(), report.zone())));
        }
        if (report.finishedAt() != null) {
            facts.add(Fact.of("Finished", Times.format(report.finishedAt(), report.zone())));
        }
        for (DeploymentReport.Capture capture : report.captures()) {
            facts.add(Fact.of(
                    "Output scanned",
                    capture.name() + ": " + capture.result().linesScanned() + " lines, "
                            + capture.result().bytesScanned() + " bytes"
                            + (capture.result().findingsDropped() > 0
                                    ? ", " + capture.result().findingsDropped() + " further findings not kept"
                                    : "")));
        }
        return facts;
    }

    /** "job #build", linked to the build's page when there is one. */
    static Optional<Inline> pipeline(DeploymentReport report) {
        if (report.job() == null) {
            return Optional.empty();
        }
        String name = report.build() == null ? report.job() : report.job() + " #" + report.build();
        return Optional.of(report.buildUrl() == null ? Inline.text(name) : Inline.link(name, report.buildUrl()));
    }

    /** ", and 2 warnings or notes": the findings that are not errors, for a summary sentence. */
    static String andOthers(long others) {
        return others == 0 ? "" : ", and " + plural(others, "warning") + " or note" + (others == 1 ? "" : "s");
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
