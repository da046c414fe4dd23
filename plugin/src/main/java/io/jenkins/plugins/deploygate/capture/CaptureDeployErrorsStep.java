package io.jenkins.plugins.deploygate.capture;

import hudson.Extension;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code captureDeployErrors(tool: 'flyway') { sh 'flyway migrate' }}: runs its body, then scans what
 * the body printed for database and migration-tool errors, records the findings on the build, and
 * fails the block when the body succeeded although errors were printed (a silent failure).
 */
public class CaptureDeployErrorsStep extends Step {

    private String tool;
    private boolean failOnSilentErrors = true;

    @DataBoundConstructor
    public CaptureDeployErrorsStep() {}

    /** What the block deploys with ({@code flyway}, {@code liquibase}, ...): the capture's name in reports. */
    public String getTool() {
        return tool;
    }

    @DataBoundSetter
    public void setTool(String tool) {
        this.tool = Util.fixEmptyAndTrim(tool);
    }

    public boolean isFailOnSilentErrors() {
        return failOnSilentErrors;
    }

    @DataBoundSetter
    public void setFailOnSilentErrors(boolean failOnSilentErrors) {
        this.failOnSilentErrors = failOnSilentErrors;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new CaptureDeployErrorsExecution(this, context);
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "captureDeployErrors";
        }

        @Override
        public String getDisplayName() {
            return Messages.CaptureDeployErrors_DisplayName();
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        /** The tools the error catalogue knows, and none (the step's name is the capture's then). */
        @POST
        public ListBoxModel doFillToolItems() {
            ListBoxModel tools = new ListBoxModel();
            tools.add(Messages.CaptureDeployErrors_NoTool(), "");
            CatalogEntry.TOOLS.stream().sorted().forEach(tools::add);
            return tools;
        }

        /** No {@code FilePath}: the scan reads the flow graph on the controller, so no agent is needed. */
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FlowNode.class);
        }
    }
}
