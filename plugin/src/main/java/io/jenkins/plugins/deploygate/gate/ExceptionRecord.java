package io.jenkins.plugins.deploygate.gate;

import java.util.ArrayList;
import java.util.List;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/** An emergency exception granted on a gate: who, when, why, the ticket, and the groups they were in. */
@ExportedBean(defaultVisibility = 3)
public final class ExceptionRecord {

    private final String user;
    private final long time;
    private final String reason;
    private final String ticket;
    private final List<String> groups;

    public ExceptionRecord(String user, long time, String reason, String ticket, List<String> groups) {
        this.user = user;
        this.time = time;
        this.reason = reason;
        this.ticket = ticket;
        this.groups = new ArrayList<>(groups);
    }

    @Exported
    public String getUser() {
        return user;
    }

    /** When, in epoch milliseconds. */
    @Exported
    public long getTime() {
        return time;
    }

    @Exported
    public String getReason() {
        return reason;
    }

    @Exported
    public String getTicket() {
        return ticket;
    }

    /** The rule's groups the user belonged to when granting (see {@link Vote#getGroups()}). */
    @Exported
    public List<String> getGroups() {
        return groups == null ? List.of() : List.copyOf(groups);
    }
}
