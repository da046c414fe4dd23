package io.jenkins.plugins.deploygate.gate;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.config.EnvironmentConfig;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.InstantText;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Function;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code deployGate(environment: 'production', changeId: 'CHG-1234')}: asks the gate whether the
 * deployment may start, under the DBAs' rules. Returns the decision when the gate is open, fails
 * with the engine's explanation when it is blocked, and otherwise waits, without an executor, for
 * the time rules and the approvals given on the build's Deploy gate page.
 */
public class DeployGateStep extends Step {

    private final String environment;
    private final String changeId;
    private String requestedAt;
    private boolean wait = true;
    private String timeout;

    @DataBoundConstructor
    public DeployGateStep(String environment, String changeId) {
        this.environment = Util.fixEmptyAndTrim(environment);
        this.changeId = Util.fixEmptyAndTrim(changeId);
    }

    public String getEnvironment() {
        return environment;
    }

    public String getChangeId() {
        return changeId;
    }

    public String getRequestedAt() {
        return requestedAt;
    }

    /**
     * When the pipeline says the change was requested (ISO, or a local date-time of the rules'
     * zone). It counts only where the rule trusts it; by default the lead time counts from when
     * Deploy Gate first saw the change for this job and environment.
     */
    @DataBoundSetter
    public void setRequestedAt(String requestedAt) {
        this.requestedAt = Util.fixEmptyAndTrim(requestedAt);
    }

    public boolean isWait() {
        return wait;
    }

    /** False: return the decision instead of waiting when the gate would wait. */
    @DataBoundSetter
    public void setWait(boolean wait) {
        this.wait = wait;
    }

    public String getTimeout() {
        return timeout;
    }

    /** How long to wait before failing ({@code 72h}); by default the rule's {@code approvalTimeout}. */
    @DataBoundSetter
    public void setTimeout(String timeout) {
        this.timeout = Util.fixEmptyAndTrim(timeout);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new DeployGateStepExecution(this, context);
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "deployGate";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DeployGateStep_DisplayName();
        }

        /** No FilePath or Launcher: the gate runs outside {@code node} and holds no executor while it waits. */
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FlowNode.class);
        }

        /**
         * The configured environments, as suggestions (any name may still be typed): to those who
         * may configure the job, or, in the global Snippet Generator, to administrators, whose
         * rules they are.
         */
        @POST
        public ComboBoxModel doFillEnvironmentItems(@AncestorInPath Item item) {
            ComboBoxModel names = new ComboBoxModel();
            if (item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE)) {
                DeployGateConfiguration.get().getEnvironments().stream()
                        .map(EnvironmentConfig::getName)
                        .filter(name -> name != null && !name.contains("*") && !name.contains("?"))
                        .forEach(names::add);
            }
            return names;
        }

        /*
         * The checks below only read the text typed into the form. As workflow-cps checks a
         * script, they answer those who may configure the job in context and say nothing (OK) to
         * those who may not, instead of an access error on every field; in the global Snippet
         * Generator, which has no job, anyone who can open it gets them.
         */

        @POST
        public FormValidation doCheckEnvironment(@AncestorInPath Item item, @QueryParameter String value) {
            if (!mayCheck(item)) {
                return FormValidation.ok();
            }
            return Util.fixEmptyAndTrim(value) == null
                    ? FormValidation.error(Messages.DeployGateStep_EnvironmentRequired())
                    : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckRequestedAt(@AncestorInPath Item item, @QueryParameter String value) {
            return mayCheck(item)
                    ? parses(value, text -> InstantText.parse(text, ZoneOffset.UTC))
                    : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckTimeout(@AncestorInPath Item item, @QueryParameter String value) {
            return mayCheck(item) ? parses(value, EnvironmentRule::parseApprovalTimeout) : FormValidation.ok();
        }

        private static boolean mayCheck(Item item) {
            return item == null || item.hasPermission(Item.CONFIGURE);
        }

        private static FormValidation parses(String value, Function<String, ?> parser) {
            if (Util.fixEmptyAndTrim(value) == null) {
                return FormValidation.ok();
            }
            try {
                parser.apply(value);
                return FormValidation.ok();
            } catch (IllegalArgumentException refused) {
                return FormValidation.error(refused.getMessage());
            }
        }
    }
}
