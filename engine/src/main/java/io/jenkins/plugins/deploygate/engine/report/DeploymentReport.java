package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.Verdict;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything known about one deployment: where it ran, what the gate decided and who acted on it,
 * what the capture found, and how it ended. Jenkins, the e-mails and the command line all render
 * this one value, so every audience sees the same facts. Build one with {@link #builder()}.
 *
 * @param job the job's name (the pipeline)
 * @param build the build's number or name
 * @param environment where it was deployed; from the gate when not given
 * @param changeId the change's id; from the gate when not given
 * @param startedAt when the deployment started, {@code null} if unknown
 * @param finishedAt when it ended, {@code null} if unknown
 * @param outcome how it ended
 * @param gates the gate decisions taken in this build, in order
 * @param audit what people did to the gates, in order
 * @param captures what each captured block found, in order
 * @param contacts who is working on a failure (the developers the fix report goes to)
 * @param buildUrl the build's page, {@code null} if none
 * @param reportUrl the developer fix report's page, {@code null} if none
 * @param zone the zone in which times are shown (the rules' calendar zone)
 */
public record DeploymentReport(
        String job,
        String build,
        String environment,
        String changeId,
        Instant startedAt,
        Instant finishedAt,
        Outcome outcome,
        List<GateDecision> gates,
        List<AuditEvent> audit,
        List<Capture> captures,
        List<String> contacts,
        String buildUrl,
        String reportUrl,
        ZoneId zone) {

    public DeploymentReport {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(zone, "zone");
        gates = List.copyOf(gates);
        audit = List.copyOf(audit);
        captures = List.copyOf(captures);
        contacts = List.copyOf(contacts);
    }

    /**
     * What one {@code captureDeployErrors} block (or one scanned log) found.
     *
     * @param logLinks where the captured output can be read, for links from its findings' lines
     */
    public record Capture(String name, ScanResult result, LogLinks logLinks) {
        public Capture {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(result, "result");
            logLinks = logLinks == null ? LogLinks.NONE : logLinks;
        }

        /** A capture whose output no page shows. */
        public Capture(String name, ScanResult result) {
            this(name, result, LogLinks.NONE);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The last gate decision: the one that let the deployment run, or stopped it. */
    public Optional<GateDecision> finalGate() {
        return gates.isEmpty() ? Optional.empty() : Optional.of(gates.get(gates.size() - 1));
    }

    /** Every finding of every capture, in capture order. */
    public List<Finding> findings() {
        return captures.stream()
                .flatMap(capture -> capture.result().findings().stream())
                .toList();
    }

    /**
     * The error that broke the deployment: in the first capture that holds an error, its first one
     * in the order of the log (a database error rather than its migration tool's report of it).
     * The fix report, its next steps and the post-mortem draft all start from it.
     */
    public Optional<Finding> rootCause() {
        return captures.stream()
                .map(capture -> RootCause.in(capture.result()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The captures whose command failed while their output held no error Deploy Gate knows. */
    public List<Capture> unrecognisedFailures() {
        return captures.stream()
                .filter(capture -> capture.result().unrecognisedFailure() != null)
                .toList();
    }

    /** A command failed, and no capture holds an error that says why. */
    public boolean causeUnrecognised() {
        return rootCause().isEmpty() && !unrecognisedFailures().isEmpty();
    }

    public long errorCount() {
        return captures.stream()
                .mapToLong(capture -> capture.result().errorCount())
                .sum();
    }

    /** Errors were found in the output of a command that reported success. */
    public boolean silentFailure() {
        return captures.stream().anyMatch(capture -> capture.result().silentFailure());
    }

    /** The granted, valid exception of the final gate, if one was used. */
    public Optional<AuditEvent> exceptionUsed() {
        boolean used = finalGate()
                .map(GateDecision::exception)
                .filter(exception -> exception.valid() && !exception.waived().isEmpty())
                .isPresent();
        return used
                ? audit.stream()
                        .filter(event -> event.action() == AuditEvent.Action.EXCEPTION_GRANTED)
                        .reduce((first, second) -> second)
                : Optional.empty();
    }

    /** Collects a report's parts; environment and change default to the final gate's. */
    public static final class Builder {
        private String job;
        private String build;
        private String environment;
        private String changeId;
        private Instant startedAt;
        private Instant finishedAt;
        private Outcome outcome;
        private boolean commandFailed;
        private final List<GateDecision> gates = new ArrayList<>();
        private final List<AuditEvent> audit = new ArrayList<>();
        private final List<Capture> captures = new ArrayList<>();
        private final List<String> contacts = new ArrayList<>();
        private String buildUrl;
        private String reportUrl;
        private ZoneId zone = ZoneId.of("UTC");

        private Builder() {}

        public Builder job(String job) {
            this.job = job;
            return this;
        }

        public Builder build(String build) {
            this.build = build;
            return this;
        }

        public Builder environment(String environment) {
            this.environment = environment;
            return this;
        }

        public Builder changeId(String changeId) {
            this.changeId = changeId;
            return this;
        }

        public Builder startedAt(Instant startedAt) {
            this.startedAt = startedAt;
            return this;
        }

        public Builder finishedAt(Instant finishedAt) {
            this.finishedAt = finishedAt;
            return this;
        }

        public Builder outcome(Outcome outcome) {
            this.outcome = outcome;
            return this;
        }

        /** Whether the deployment's command failed by itself: then, unless told, it failed. */
        public Builder commandFailed(boolean commandFailed) {
            this.commandFailed = commandFailed;
            return this;
        }

        public Builder gate(GateDecision decision) {
            gates.add(Objects.requireNonNull(decision, "decision"));
            return this;
        }

        public Builder audit(AuditEvent event) {
            audit.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        public Builder capture(String name, ScanResult result) {
            return capture(name, result, LogLinks.NONE);
        }

        /** A capture whose findings' lines link to where the output can be read. */
        public Builder capture(String name, ScanResult result, LogLinks logLinks) {
            captures.add(new Capture(name, result, logLinks));
            return this;
        }

        public Builder contacts(List<String> people) {
            contacts.addAll(people);
            return this;
        }

        public Builder buildUrl(String buildUrl) {
            this.buildUrl = buildUrl;
            return this;
        }

        public Builder reportUrl(String reportUrl) {
            this.reportUrl = reportUrl;
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The report; without an explicit outcome, the one {@link Outcome#observed} gives. */
        public DeploymentReport build() {
            GateDecision last = gates.isEmpty() ? null : gates.get(gates.size() - 1);
            String where = environment != null ? environment : last == null ? null : last.environment();
            String change = changeId != null
                    ? changeId
                    : last == null ? null : last.request().changeId();
            Outcome how = outcome != null ? outcome : inferredOutcome();
            return new DeploymentReport(
                    job,
                    build,
                    where,
                    change,
                    startedAt,
                    finishedAt,
                    how,
                    gates,
                    audit,
                    captures,
                    contacts,
                    buildUrl,
                    reportUrl,
                    zone);
        }

        private Outcome inferredOutcome() {
            boolean stoppedAtGate =
                    !gates.isEmpty() && gates.get(gates.size() - 1).verdict() != Verdict.OPEN;
            // A failure nobody recognised is as failed as one with errors, whoever forgot to say so.
            boolean failures =
                    captures.stream().anyMatch(capture -> capture.result().failed());
            return Outcome.observed(commandFailed, failures, stoppedAtGate);
        }
    }
}
