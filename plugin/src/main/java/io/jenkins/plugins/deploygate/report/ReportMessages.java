package io.jenkins.plugins.deploygate.report;

import io.jenkins.plugins.deploygate.engine.report.Audience;
import io.jenkins.plugins.deploygate.engine.report.DeploymentReport;
import io.jenkins.plugins.deploygate.engine.report.DeveloperFixReport;
import io.jenkins.plugins.deploygate.engine.report.ReportFormat;
import io.jenkins.plugins.deploygate.engine.report.StakeholderStatus;
import io.jenkins.plugins.deploygate.engine.report.document.Document;

/**
 * The e-mail each audience gets: subject and self-contained HTML body, both from the engine.
 * Kept apart from the mail package's sender so that it needs no Mailer class and can be tested alone.
 * The stakeholders' message is the {@link StakeholderStatus} and nothing else: it is built from
 * names and times only, never from the log.
 */
record ReportMessages(String subject, String html) {

    static ReportMessages of(DeploymentReport report, Audience audience) {
        Document document =
                audience == Audience.STAKEHOLDERS ? StakeholderStatus.of(report) : DeveloperFixReport.of(report);
        return new ReportMessages(
                Messages.ReportMessages_Subject(document.title()), ReportFormat.HTML.render(report, audience));
    }
}
