package io.jenkins.plugins.deploygate.report;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The freestyle form of {@code publishDeployReport}, a post-build step. It has no {@code @Symbol}:
 * in Pipeline the name belongs to the step (as junit leaves its recorder without one).
 */
public class DeployReportRecorder extends Recorder implements SimpleBuildStep, DeployReportSettings {

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
        DeployReportPublisher.publish(run, listener, this);
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {

        @Override
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
