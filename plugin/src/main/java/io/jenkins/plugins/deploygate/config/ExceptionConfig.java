package io.jenkins.plugins.deploygate.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import java.util.ArrayList;
import java.util.List;
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

        @POST
        public FormValidation doCheckGrantedBy(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return Util.fixEmptyAndTrim(value) == null
                    ? FormValidation.error(Messages.FieldCheck_Required())
                    : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckWaiveText(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FieldCheck.ofEach(FormLists.split(value), ConfigText::waivable);
        }
    }
}
