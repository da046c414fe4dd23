package io.jenkins.plugins.deploygate.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The emergency exception policy of an environment: which group may grant one, which checks it
 * waives, and whether a ticket is required.
 */
public class ExceptionConfig extends AbstractDescribableImpl<ExceptionConfig> {

    private final String grantedBy;
    private List<String> waive = new ArrayList<>();
    private boolean requireTicket;

    @DataBoundConstructor
    public ExceptionConfig(String grantedBy) {
        this.grantedBy = Util.fixEmptyAndTrim(grantedBy);
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public List<String> getWaive() {
        return waive == null ? List.of() : List.copyOf(waive);
    }

    @DataBoundSetter
    public void setWaive(List<String> waive) {
        this.waive = FormLists.copy(waive);
    }

    /** The waived checks as the form's text box shows them, comma-separated. */
    public String getWaiveText() {
        return String.join(", ", getWaive());
    }

    public boolean isRequireTicket() {
        return requireTicket;
    }

    @DataBoundSetter
    public void setRequireTicket(boolean requireTicket) {
        this.requireTicket = requireTicket;
    }

    @Extension
    public static class DescriptorImpl extends Descriptor<ExceptionConfig> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ExceptionConfig_DisplayName();
        }

        /** Required; a warning when the group is defined nowhere (neither in the rules nor in the realm). */
        @POST
        public FormValidation doCheckGrantedBy(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            String group = Util.fixEmptyAndTrim(value);
            if (group == null) {
                return FormValidation.error(Messages.FieldCheck_Required());
            }
            return FieldCheck.warnings(
                    rule -> rule.withExceptions(new ExceptionPolicy(group, Set.of(CheckId.LEAD_TIME), false)));
        }

        @POST
        public FormValidation doCheckWaiveText(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FieldCheck.ofEach(FormLists.split(value), CheckId::waivable);
        }
    }
}
