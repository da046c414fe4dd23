package io.jenkins.plugins.deploygate.gate;

import java.util.ArrayList;
import java.util.List;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/** An approval or rejection: who, when, with what comment, and in which of the rule's groups they were. */
@ExportedBean(defaultVisibility = 3)
public final class Vote {

    private final String user;
    private final boolean approved;
    private final long time;
    private final String comment;
    private final List<String> groups;

    public Vote(String user, boolean approved, long time, String comment, List<String> groups) {
        this.user = user;
        this.approved = approved;
        this.time = time;
        this.comment = comment;
        this.groups = new ArrayList<>(groups);
    }

    @Exported
    public String getUser() {
        return user;
    }

    /** True for an approval, false for a rejection. */
    @Exported
    public boolean isApproved() {
        return approved;
    }

    /** When, in epoch milliseconds. */
    @Exported
    public long getTime() {
        return time;
    }

    @Exported
    public String getComment() {
        return comment;
    }

    /**
     * The rule's groups the user belonged to when voting, as their own login said: realms such as
     * OAuth or SAML tell a user's groups only at login, and later re-evaluations must still count
     * the vote.
     */
    @Exported
    public List<String> getGroups() {
        return groups == null ? List.of() : List.copyOf(groups);
    }
}
