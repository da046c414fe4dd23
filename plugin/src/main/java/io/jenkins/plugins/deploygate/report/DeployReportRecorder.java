package io.jenkins.plugins.deploygate.report;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import io.jenkins.plugins.deploygate.capture.CaptureAction;
import io.jenkins.plugins.deploygate.capture.CaptureSummary;
import io.jenkins.plugins.deploygate.capture.DeployScan;
import io.jenkins.plugins.deploygate.capture.ExitStatus;
import io.jenkins.plugins.deploygate.capture.LogPart;
import io.jenkins.plugins.deploygate.engine.capture.ScanSession;
import java.io.IOException;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The freestyle form of {@code publishDeployReport}, a post-build step: it scans the build's log
 * for deployment errors, then publishes the report. It has no {@code @Symbol}: in Pipeline the name
 * belongs to the step (as junit leaves its recorder without one).
 */
public class DeployReportRecorder extends Recorder implements SimpleBuildStep, DeployReportSettings {

    /** The capture id of a freestyle build's log; flow node ids are numbers, so it cannot clash. */
    private static final String BUILD_LOG = "build-log";

    private String stakeholders;
    private String developers;
    private String outcome;
    private String environment;
    private String changeId;

    @DataBoundConstructor
    public DeployReportRecorder() {}

    @Override
    public String getStakeholders() {
        return stakeholders;
    }

    @DataBoundSetter
    public void setStakeholders(String stakeholders) {
        this.stakeholders = Util.fixEmptyAndTrim(stakeholders);
    }

    @Override
    public String getDevelopers() {
        return developers;
    }

    @DataBoundSetter
    public void setDevelopers(String developers) {
        this.developers = Util.fixEmptyAndTrim(developers);
    }

    @Override
    public String getOutcome() {
        return outcome;
    }

    @DataBoundSetter
    public void setOutcome(String outcome) {
        this.outcome = Util.fixEmptyAndTrim(outcome);
    }

    @Override
    public String getEnvironment() {
        return environment;
    }

    @DataBoundSetter
    public void setEnvironment(String environment) {
        this.environment = Util.fixEmptyAndTrim(environment);
    }

    @Override
    public String getChangeId() {
        return changeId;
    }

    @DataBoundSetter
    public void setChangeId(String changeId) {
        this.changeId = Util.fixEmptyAndTrim(changeId);
    }

    /** The report reads the build, not the workspace: it also runs when the workspace is gone. */
    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        if (run instanceof AbstractBuild<?, ?>) {
            captureBuildLog(run, listener);
        }
        DeployReportPublisher.publish(run, listener, this);
    }

    /**
     * A freestyle build has no {@code captureDeployErrors} block, so the recorder scans what the
     * build steps printed before it. Errors in the output of a build that succeeded so far are a
     * silent failure, and fail the build as the Pipeline block would; a failed build whose output
     * holds no known error is an unrecognised failure (of unknown status: a build step's status is
     * not kept by Jenkins).
     */
    private static void captureBuildLog(Run<?, ?> run, TaskListener listener) throws IOException {
        ExitStatus exit = ExitStatus.ofBuild(run.getResult());
        ScanSession session = DeployScan.start(exit);
        listener.getLogger().flush(); // what the build steps printed must be on disk before it is read
        try (DeployScan.Sink sink = new DeployScan.Sink(session)) {
            sink.writeWhole(run.getLogText());
        }
        CaptureSummary summary = CaptureAction.record(
                run,
                listener,
                BUILD_LOG,
                Messages.DeployReportRecorder_BuildLog(),
                session.finish(),
                exit,
                List.of(LogPart.console()));
        if (summary.isSilentFailure()) {
            listener.getLogger()
                    .println(io.jenkins.plugins.deploygate.capture.Messages.CaptureDeployErrors_SilentFailure(
                            summary.getErrors(), Messages.DeployReportRecorder_BuildLog()));
            run.setResult(Result.FAILURE);
        }
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {

        @Override
        @SuppressWarnings("rawtypes") // the signature of BuildStepDescriptor
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PublishDeployReport_DisplayName();
        }
    }
}
