package io.jenkins.plugins.deploygate.report;

import hudson.Extension;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code publishDeployReport(stakeholders: 'pm@example.com', developers: 'culprits')}: publishes the
 * build's deployment report, usually from {@code post { always { ... } }}. The freestyle form is
 * {@link io.jenkins.plugins.deploygate.report.DeployReportRecorder}; both run
 * {@link DeployReportPublisher}.
 */
public class PublishDeployReportStep extends Step implements DeployReportSettings {

    private String stakeholders;
    private String developers;
    private String outcome;
    private String environment;
    private String changeId;

    @DataBoundConstructor
    public PublishDeployReportStep() {}

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

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(this, context);
    }

    /** Short work off the CPS thread; the step is transient, as it is never resumed. */
    private static final class Execution extends SynchronousNonBlockingStepExecution<Void> {

        private static final long serialVersionUID = 1L;

        private final transient PublishDeployReportStep step;

        Execution(PublishDeployReportStep step, StepContext context) {
            super(context);
            this.step = step;
        }

        @Override
        protected Void run() throws Exception {
            DeployReportPublisher.publish(
                    getContext().get(Run.class), getContext().get(TaskListener.class), step);
            return null;
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "publishDeployReport";
        }

        @Override
        public String getDisplayName() {
            return Messages.PublishDeployReport_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }
    }
}
