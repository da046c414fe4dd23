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
 * A group defined in the rules ({@code groups: [{name, members}]}), for teams the security realm
 * does not know. A user is in a group when the realm says so or when this list names them.
 */
public class GroupConfig extends AbstractDescribableImpl<GroupConfig> {

    private final String name;
    private List<String> members = new ArrayList<>();

    @DataBoundConstructor
    public GroupConfig(String name) {
        this.name = Util.fixEmptyAndTrim(name);
    }

    public String getName() {
        return name;
    }

    public List<String> getMembers() {
        return members == null ? List.of() : List.copyOf(members);
    }

    @DataBoundSetter
    public void setMembers(List<String> members) {
        this.members = FormLists.copy(members);
    }

    /** The members as the form's text box shows them, comma-separated. */
    public String getMembersText() {
        return String.join(", ", getMembers());
    }

    @Extension
    public static class DescriptorImpl extends Descriptor<GroupConfig> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GroupConfig_DisplayName();
        }

        @POST
        public FormValidation doCheckName(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return Util.fixEmptyAndTrim(value) == null
                    ? FormValidation.error(Messages.FieldCheck_Required())
                    : FormValidation.ok();
        }
    }
}
