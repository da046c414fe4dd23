package io.jenkins.plugins.deploygate.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One approval requirement of an environment: {@code count} approvals from a {@code group} or from
 * the listed {@code users} (exactly one of the two; the engine refuses both or neither).
 */
public class ApprovalConfig extends AbstractDescribableImpl<ApprovalConfig> {

    private String group;
    private List<String> users = new ArrayList<>();
    private int count = 1;

    @DataBoundConstructor
    public ApprovalConfig() {}

    public String getGroup() {
        return group;
    }

    @DataBoundSetter
    public void setGroup(String group) {
        this.group = Util.fixEmptyAndTrim(group);
    }

    public List<String> getUsers() {
        return users == null ? List.of() : List.copyOf(users);
    }

    @DataBoundSetter
    public void setUsers(List<String> users) {
        this.users = FormLists.copy(users);
    }

    /** The users as the form's text box shows them, comma-separated. */
    public String getUsersText() {
        return String.join(", ", getUsers());
    }

    public int getCount() {
        return count;
    }

    @DataBoundSetter
    public void setCount(int count) {
        this.count = count;
    }

    @Extension
    public static class DescriptorImpl extends Descriptor<ApprovalConfig> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ApprovalConfig_DisplayName();
        }

        @POST
        public FormValidation doCheckCount(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FieldCheck.of(value, ApprovalRequirement::parseCount);
        }

        /** A warning when the group is defined nowhere: nobody could approve. */
        @POST
        public FormValidation doCheckGroup(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            String group = Util.fixEmptyAndTrim(value);
            return group == null
                    ? FormValidation.ok()
                    : FieldCheck.warnings(rule -> rule.withApprovals(List.of(ApprovalRequirement.ofGroup(group, 1))));
        }
    }
}
