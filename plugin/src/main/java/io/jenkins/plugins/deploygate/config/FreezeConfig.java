package io.jenkins.plugins.deploygate.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploygate.engine.rules.CalendarText;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** A freeze of an environment: {@code [from, to)}, local date-times of the calendar, and a reason. */
public class FreezeConfig extends AbstractDescribableImpl<FreezeConfig> {

    private final String from;
    private final String to;
    private String reason;

    @DataBoundConstructor
    public FreezeConfig(String from, String to) {
        this.from = Util.fixEmptyAndTrim(from);
        this.to = Util.fixEmptyAndTrim(to);
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    @DataBoundSetter
    public void setReason(String reason) {
        this.reason = Util.fixEmptyAndTrim(reason);
    }

    @Extension
    public static class DescriptorImpl extends Descriptor<FreezeConfig> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.FreezeConfig_DisplayName();
        }

        @POST
        public FormValidation doCheckFrom(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FieldCheck.required(value, CalendarText::localDateTime);
        }

        @POST
        public FormValidation doCheckTo(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FieldCheck.required(value, CalendarText::localDateTime);
        }
    }
}
