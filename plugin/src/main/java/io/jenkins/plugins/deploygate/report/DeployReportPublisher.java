package io.jenkins.plugins.deploygate.report;

import hudson.AbortException;
import hudson.console.HyperlinkNote;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploygate.engine.report.Audience;
import io.jenkins.plugins.deploygate.engine.report.DeploymentReport;
import io.jenkins.plugins.deploygate.engine.report.Outcome;
import io.jenkins.plugins.deploygate.engine.report.StakeholderStatus;
import io.jenkins.plugins.deploygate.engine.report.render.HtmlWriter;
import io.jenkins.plugins.deploygate.mail.MailPlugin;
import io.jenkins.plugins.deploygate.mail.MailSender;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The core both {@code publishDeployReport} forms share (as junit's step and recorder share
 * {@code parseAndSummarize}): settles the outcome, stores the publication on the build's
 * {@link DeployReportAction}, prints a summary, and mails each audience its own version.
 * A mail that cannot be sent is logged, never fails the build: the report stays on the build.
 */
public final class DeployReportPublisher {

    private static final Logger LOGGER = Logger.getLogger(DeployReportPublisher.class.getName());

    private DeployReportPublisher() {}

    public static void publish(Run<?, ?> run, TaskListener listener, DeployReportSettings settings) throws IOException {
        DeployReportAction action = DeployReportAction.of(run);
        Outcome outcome = settings.getOutcome() != null
                ? outcome(settings.getOutcome())
                : ReportAssembler.observed(run, action.captured(), BuildGates.lastStopped(run));
        Recipients stakeholders = Recipients.parse(settings.getStakeholders(), run);
        Recipients developers = Recipients.parse(settings.getDevelopers(), run);
        action.publish(new Publication(
                outcome.name(),
                settings.getEnvironment(),
                settings.getChangeId(),
                System.currentTimeMillis(),
                developers.names()));
        DeploymentReport report = action.report();
        action.keepStakeholderStatus(HtmlWriter.themed().write(StakeholderStatus.of(report)));
        PrintStream log = listener.getLogger();
        String link = HyperlinkNote.encodeTo(
                "/" + run.getUrl() + DeployReportAction.URL_NAME + "/", Messages.DeployReportPublisher_ReportLink());
        log.println(Messages.DeployReportPublisher_Summary(outcome.verb(), report.errorCount(), link));
        if (stakeholders.isEmpty() && developers.isEmpty()) {
            return;
        }
        if (!MailPlugin.isActive()) {
            log.println(Messages.DeployReportPublisher_NoMailer());
            return;
        }
        mail(run, log, stakeholders, report, Audience.STAKEHOLDERS, Messages.DeployReportPublisher_Stakeholders());
        mail(run, log, developers, report, Audience.DEVELOPERS, Messages.DeployReportPublisher_Developers());
    }

    private static void mail(
            Run<?, ?> run,
            PrintStream log,
            Recipients recipients,
            DeploymentReport report,
            Audience audience,
            String audienceName) {
        if (recipients.isEmpty()) {
            return;
        }
        try {
            // Addresses are not printed: everyone who can read the build can read its log.
            ReportMessages message = ReportMessages.of(report, audience);
            List<String> mailed = MailSender.send(
                    recipients.addresses(), recipients.userIds(), message.subject(), message.html(), "text/html");
            log.println(
                    mailed.isEmpty()
                            ? Messages.DeployReportPublisher_NoAddress(audienceName)
                            : Messages.DeployReportPublisher_Mailed(audienceName, mailed.size()));
        } catch (IOException | RuntimeException failed) {
            // One line, no stack trace: a mail server that is down must not flood the system log.
            LOGGER.warning(() -> "Could not mail the deployment report of " + run + " to the " + audienceName + ": "
                    + failed.getMessage());
            log.println(Messages.DeployReportPublisher_MailFailed(audienceName, failed.getMessage()));
        }
    }

    /** The outcome a script names, in any case. */
    static Outcome outcome(String text) throws AbortException {
        try {
            return Outcome.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AbortException(
                    Messages.DeployReportPublisher_BadOutcome(text, Arrays.toString(Outcome.values())));
        }
    }
}
