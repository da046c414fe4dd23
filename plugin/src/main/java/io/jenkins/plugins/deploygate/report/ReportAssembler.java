package io.jenkins.plugins.deploygate.report;

import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.deploygate.capture.CaptureAction;
import io.jenkins.plugins.deploygate.capture.CaptureSummary;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.engine.report.DeploymentReport;
import io.jenkins.plugins.deploygate.engine.report.Outcome;
import java.time.Instant;
import java.time.ZoneId;
import jenkins.model.Jenkins;

/**
 * Builds the engine's {@link DeploymentReport} of a build from what the plugin stored: the gates
 * ({@link BuildGates}), the captures ({@link CaptureAction}, each with where its lines can be read)
 * and, once {@code publishDeployReport} ran, its {@link Publication}.
 */
final class ReportAssembler {

    private ReportAssembler() {}

    static DeploymentReport assemble(Run<?, ?> run, DeployReportAction action) {
        BuildGates gates = BuildGates.of(run);
        Publication publication = action.getPublication();
        DeploymentReport.Builder report = DeploymentReport.builder()
                .job(run.getParent().getFullDisplayName())
                .build(String.valueOf(run.getNumber()))
                .startedAt(Instant.ofEpochMilli(run.getStartTimeInMillis()))
                // Told by publishDeployReport, or else the engine's rule (Outcome.observed).
                .outcome(publication == null ? null : Outcome.valueOf(publication.outcome()))
                .commandFailed(commandFailed(run))
                .buildUrl(absolute(run.getUrl()))
                .reportUrl(absolute(run.getUrl() + DeployReportAction.URL_NAME + "/"))
                .zone(zone());
        gates.decisions().forEach(report::gate);
        gates.audit().forEach(report::audit);
        CaptureAction captured = action.captured();
        if (captured != null) {
            String buildUrl = absolute(run.getUrl());
            for (CaptureSummary capture : captured.getCaptures()) {
                report.capture(capture.getName(), captured.scanResult(capture), capture.logLinks(buildUrl));
            }
        }
        if (publication != null) {
            report.environment(publication.environment())
                    .changeId(publication.changeId())
                    .finishedAt(Instant.ofEpochMilli(publication.publishedAt()))
                    .contacts(publication.contacts());
        } else if (!run.isBuilding()) {
            report.finishedAt(Instant.ofEpochMilli(run.getStartTimeInMillis() + run.getDuration()));
        }
        return report.build();
    }

    /**
     * The outcome the build shows by itself, with no one saying otherwise: the engine's rule, for
     * which a deployment that failed without a known error failed as one with errors does (a block
     * whose failure the script caught leaves the build's result unset when the report is published).
     */
    static Outcome observed(Run<?, ?> run, CaptureAction captured, boolean gateStopped) {
        boolean scanFailed = captured != null && (captured.getErrors() > 0 || captured.isUnrecognisedFailure());
        return Outcome.observed(commandFailed(run), scanFailed, gateStopped);
    }

    /** A build result worse than unstable: the deployment's command failed. */
    static boolean commandFailed(Run<?, ?> run) {
        Result result = run.getResult();
        return result != null && result.isWorseThan(Result.UNSTABLE);
    }

    /** The rules' calendar zone, in which reports print times; the controller's zone without rules. */
    static ZoneId zone() {
        return DeployGateConfiguration.get().getZone();
    }

    /** An absolute address when Jenkins knows its own URL (e-mails need one), else the path. */
    static String absolute(String path) {
        String root = Jenkins.get().getRootUrl();
        return root == null ? "/" + path : root + path;
    }
}
