package io.jenkins.plugins.deploygate.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploygate.engine.rules.ChangeWindow;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The rule for one environment name or glob ({@code environments:} in the YAML). Values are kept as
 * the DBA wrote them; {@link RulesMapper} turns them into the engine's rule and reports what it
 * refuses.
 */
public class EnvironmentConfig extends AbstractDescribableImpl<EnvironmentConfig> {

    private final String name;
    private String leadTime;
    private boolean trustRequestedAt;
    private List<ApprovalConfig> approvals = new ArrayList<>();
    private boolean separationOfDuties;
    private List<String> windows = new ArrayList<>();
    private boolean closedOnHolidays;
    private List<FreezeConfig> freezes = new ArrayList<>();
    private ExceptionConfig exceptions;
    private String approvalTimeout;

    @DataBoundConstructor
    public EnvironmentConfig(String name) {
        this.name = Util.fixEmptyAndTrim(name);
    }

    public String getName() {
        return name;
    }

    public String getLeadTime() {
        return leadTime;
    }

    @DataBoundSetter
    public void setLeadTime(String leadTime) {
        this.leadTime = Util.fixEmptyAndTrim(leadTime);
    }

    /** Whether the lead time counts from the pipeline's {@code requestedAt} rather than the gate's first sighting. */
    public boolean isTrustRequestedAt() {
        return trustRequestedAt;
    }

    @DataBoundSetter
    public void setTrustRequestedAt(boolean trustRequestedAt) {
        this.trustRequestedAt = trustRequestedAt;
    }

    public List<ApprovalConfig> getApprovals() {
        return approvals == null ? List.of() : List.copyOf(approvals);
    }

    @DataBoundSetter
    public void setApprovals(List<ApprovalConfig> approvals) {
        this.approvals = approvals == null ? new ArrayList<>() : new ArrayList<>(approvals);
    }

    public boolean isSeparationOfDuties() {
        return separationOfDuties;
    }

    @DataBoundSetter
    public void setSeparationOfDuties(boolean separationOfDuties) {
        this.separationOfDuties = separationOfDuties;
    }

    public List<String> getWindows() {
        return windows == null ? List.of() : List.copyOf(windows);
    }

    @DataBoundSetter
    public void setWindows(List<String> windows) {
        this.windows = FormLists.copy(windows);
    }

    /** The windows as the form's text area shows them, one per line (a window contains commas). */
    public String getWindowsText() {
        return String.join("\n", getWindows());
    }

    /** Whether the change windows stay closed on the calendar's holidays. */
    public boolean isClosedOnHolidays() {
        return closedOnHolidays;
    }

    @DataBoundSetter
    public void setClosedOnHolidays(boolean closedOnHolidays) {
        this.closedOnHolidays = closedOnHolidays;
    }

    public List<FreezeConfig> getFreezes() {
        return freezes == null ? List.of() : List.copyOf(freezes);
    }

    @DataBoundSetter
    public void setFreezes(List<FreezeConfig> freezes) {
        this.freezes = freezes == null ? new ArrayList<>() : new ArrayList<>(freezes);
    }

    public ExceptionConfig getExceptions() {
        return exceptions;
    }

    @DataBoundSetter
    public void setExceptions(ExceptionConfig exceptions) {
        this.exceptions = exceptions;
    }

    public String getApprovalTimeout() {
        return approvalTimeout;
    }

    @DataBoundSetter
    public void setApprovalTimeout(String approvalTimeout) {
        this.approvalTimeout = Util.fixEmptyAndTrim(approvalTimeout);
    }

    @Extension
    public static class DescriptorImpl extends Descriptor<EnvironmentConfig> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.EnvironmentConfig_DisplayName();
        }

        @POST
        public FormValidation doCheckName(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return Util.fixEmptyAndTrim(value) == null
                    ? FormValidation.error(Messages.FieldCheck_Required())
                    : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckLeadTime(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FieldCheck.of(value, LeadTime::parse);
        }

        /** An error for a window that does not parse; a warning for one that is probably a typo. */
        @POST
        public FormValidation doCheckWindowsText(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            List<String> texts = FormLists.lines(value);
            FormValidation parsed = FieldCheck.ofEach(texts, ChangeWindow::parse);
            if (parsed.kind != FormValidation.Kind.OK) {
                return parsed;
            }
            List<ChangeWindow> windows = texts.stream().map(ChangeWindow::parse).toList();
            return FieldCheck.warnings(rule -> rule.withWindows(windows));
        }

        @POST
        public FormValidation doCheckApprovalTimeout(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FieldCheck.of(value, EnvironmentRule::parseApprovalTimeout);
        }
    }
}
