package io.jenkins.plugins.deploygate.report;

import hudson.Extension;
import hudson.console.HyperlinkNote;
import hudson.model.Api;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploygate.capture.CaptureAction;
import io.jenkins.plugins.deploygate.capture.CaptureListener;
import io.jenkins.plugins.deploygate.capture.CaptureSummary;
import io.jenkins.plugins.deploygate.capture.CapturedFinding;
import io.jenkins.plugins.deploygate.engine.report.DeploymentReport;
import io.jenkins.plugins.deploygate.engine.report.DeveloperFixReport;
import io.jenkins.plugins.deploygate.engine.report.Outcome;
import io.jenkins.plugins.deploygate.engine.report.PostMortemDraft;
import io.jenkins.plugins.deploygate.engine.report.ReportFormat;
import io.jenkins.plugins.deploygate.engine.report.StakeholderStatus;
import io.jenkins.plugins.deploygate.engine.report.render.HtmlWriter;
import io.jenkins.plugins.deploygate.gate.GateRecord;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The deployment report of one build ({@code …/deploy-report/}): the developer fix report as its
 * own page, the stakeholder status in the build's summary, the post-mortem draft of a failed
 * deployment as a download, and the summary and findings as REST ({@code …/deploy-report/api/json}).
 * {@code build.xml} holds only the publication and the stakeholder status rendered then; what the
 * captures found is the build's {@link CaptureAction}. The action is added when something was
 * captured ({@link OnCapture}) or the report is published.
 *
 * <p>Builds stored before the captures had an action of their own keep them in this action's
 * {@code captures} field; {@link #onLoad} hands them to a {@link CaptureAction}.
 */
@ExportedBean
public class DeployReportAction implements RunAction2 {

    static final String URL_NAME = "deploy-report";

    private Publication publication;
    /** The stakeholder status as rendered when the report was published: the build page shows it. */
    private String stakeholderHtml;
    /** Where older builds kept the capture summaries; moved to a {@link CaptureAction} on load. */
    private List<CaptureSummary> captures;

    private transient Run<?, ?> run;

    /** The action of {@code run}, added on first use. */
    static DeployReportAction of(Run<?, ?> run) {
        synchronized (run) {
            DeployReportAction action = run.getAction(DeployReportAction.class);
            if (action == null) {
                action = new DeployReportAction();
                run.addAction(action);
            }
            return action;
        }
    }

    @Override
    public void onAttached(Run<?, ?> run) {
        this.run = run;
    }

    @Override
    public synchronized void onLoad(Run<?, ?> run) {
        this.run = run;
        if (captures != null && !captures.isEmpty() && run.getAction(CaptureAction.class) == null) {
            run.addAction(new CaptureAction(captures));
        }
        captures = null;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public String getIconFileName() {
        return "symbol-document-text";
    }

    @Override
    public String getDisplayName() {
        return Messages.DeployReportAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    void publish(Publication publication) throws IOException {
        synchronized (this) {
            this.publication = publication;
        }
        run.save();
    }

    /** Keeps the stakeholder status rendered at publication, so that no page view renders it again. */
    void keepStakeholderStatus(String html) throws IOException {
        synchronized (this) {
            this.stakeholderHtml = html;
        }
        run.save();
    }

    synchronized Publication getPublication() {
        return publication;
    }

    /** The engine's report of this build, assembled afresh: not a getter, so Stapler does not route to it. */
    DeploymentReport report() {
        return ReportAssembler.assemble(run, this);
    }

    /**
     * Every finding of every capture, for the REST API only: the build page and the trend never call
     * it, as it reads the details file.
     */
    @Exported(inline = true)
    public List<CapturedFinding> getFindings() {
        CaptureAction captured = captured();
        return captured == null
                ? List.of()
                : captured.getCaptures().stream()
                        .flatMap(capture -> captured.findings(capture.getId()).stream())
                        .toList();
    }

    @Exported(inline = true)
    public List<CaptureSummary> getCaptures() {
        CaptureAction captured = captured();
        return captured == null ? List.of() : captured.getCaptures();
    }

    /** The build's captures, if any. */
    CaptureAction captured() {
        return run.getAction(CaptureAction.class);
    }

    /** {@code SUCCESS}, {@code FAILED} or {@code ROLLED_BACK}. */
    @Exported
    public String getOutcome() {
        Publication published = getPublication();
        return published != null
                ? published.outcome()
                : ReportAssembler.observed(run, captured(), BuildGates.lastStopped(run))
                        .name();
    }

    @Exported
    public String getEnvironment() {
        Publication published = getPublication();
        if (published != null && published.environment() != null) {
            return published.environment();
        }
        return BuildGates.lastDecided(run).map(GateRecord::getEnvironment).orElse(null);
    }

    @Exported
    public String getChange() {
        Publication published = getPublication();
        if (published != null && published.changeId() != null) {
            return published.changeId();
        }
        return BuildGates.lastDecided(run).map(GateRecord::getChangeId).orElse(null);
    }

    /** Distinct error findings over all captures. */
    @Exported
    public int getErrors() {
        CaptureAction captured = captured();
        return captured == null ? 0 : captured.getErrors();
    }

    @Exported
    public int getWarnings() {
        CaptureAction captured = captured();
        return captured == null ? 0 : captured.getWarnings();
    }

    @Exported
    public boolean isSilentFailure() {
        CaptureAction captured = captured();
        return captured != null && captured.isSilentFailure();
    }

    /** Some capture's deployment failed while its output holds no known error. */
    @Exported
    public boolean isUnrecognisedFailure() {
        CaptureAction captured = captured();
        return captured != null && captured.isUnrecognisedFailure();
    }

    @Exported
    public boolean isPublished() {
        return getPublication() != null;
    }

    @Exported
    public String getReportUrl() {
        return ReportAssembler.absolute(run.getUrl() + URL_NAME + "/");
    }

    /** Whether a post-mortem draft is offered: for deployments that did not succeed. */
    public boolean isFailed() {
        return !Outcome.SUCCESS.name().equals(getOutcome());
    }

    /** The developer fix report, escaped by the engine's writer, for the report page. */
    public String getDeveloperHtml() {
        run.checkPermission(Item.READ);
        return HtmlWriter.themed().write(DeveloperFixReport.of(report()));
    }

    /**
     * The stakeholder status, escaped by the engine's writer, for the build page's summary: as
     * stored when the report was published, so that a view neither reads the findings nor
     * evaluates the gates (builds published before it was stored render it once more).
     */
    public String getStakeholderHtml() {
        run.checkPermission(Item.READ);
        String stored;
        synchronized (this) {
            stored = stakeholderHtml;
        }
        return stored != null ? stored : HtmlWriter.themed().write(StakeholderStatus.of(report()));
    }

    public Api getApi() {
        return new Api(this);
    }

    /** The engine's style sheet for the report fragments; served here so no copy of it can drift. */
    public void doStylesheet(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        run.checkPermission(Item.READ);
        rsp.setHeader("Cache-Control", "private, max-age=3600");
        send(rsp, "text/css", HtmlWriter.themedStylesheet());
    }

    /** The post-mortem draft of a failed deployment, as a Markdown file to download. */
    public void doPostmortem(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        run.checkPermission(Item.READ);
        if (!isFailed()) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND, Messages.DeployReportAction_NoPostmortem());
            return;
        }
        String file = "postmortem-" + run.getParent().getName().replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + run.getNumber() + ".md";
        rsp.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        send(rsp, "text/markdown", ReportFormat.MARKDOWN.write(PostMortemDraft.of(report())));
    }

    private static void send(StaplerResponse2 rsp, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        rsp.setContentType(type + ";charset=UTF-8");
        rsp.setContentLength(bytes.length);
        rsp.getOutputStream().write(bytes);
    }

    /** Every capture gets the report page that shows it, and a link to it in the build log. */
    @Extension
    public static final class OnCapture extends CaptureListener {

        @Override
        public void onCaptured(Run<?, ?> run, TaskListener listener, CaptureSummary summary) {
            of(run);
            listener.getLogger()
                    .println(Messages.DeployReportAction_Captured(HyperlinkNote.encodeTo(
                            "/" + run.getUrl() + URL_NAME + "/", Messages.DeployReportAction_DisplayName())));
        }
    }
}
