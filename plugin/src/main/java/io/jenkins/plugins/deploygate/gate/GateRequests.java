package io.jenkins.plugins.deploygate.gate;

import hudson.model.Cause;
import hudson.model.Run;
import hudson.model.User;
import hudson.scm.ChangeLogSet;
import io.jenkins.plugins.deploygate.config.ConfigText;
import java.io.IOException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jenkins.scm.RunWithSCM;

/** Builds the record of a new gate from the build: who requested the change, who committed, and since when. */
final class GateRequests {

    private GateRequests() {}

    /**
     * @param requestedAt the step's {@code requestedAt} text, or null: then the ledger's first
     *     sighting of the change, or the build's start when there is no change id
     * @param zone the calendar zone, in which a local {@code requestedAt} is read
     */
    static GateRecord create(
            String gateId, Run<?, ?> run, String environment, String changeId, String requestedAt, ZoneId zone)
            throws IOException {
        long since;
        if (requestedAt != null) {
            since = ConfigText.instant(requestedAt, zone).toEpochMilli();
        } else if (changeId != null) {
            since = GateLedger.firstSeen(
                    run.getParent().getFullName(), environment, changeId, run.getStartTimeInMillis());
        } else {
            since = run.getStartTimeInMillis();
        }
        Cause.UserIdCause cause = run.getCause(Cause.UserIdCause.class);
        String requester = cause == null ? null : cause.getUserId();
        return new GateRecord(gateId, environment, changeId, since, requester, committers(run));
    }

    /** The authors of the build's change sets; empty for a build without SCM changes. */
    static List<String> committers(Run<?, ?> run) {
        if (!(run instanceof RunWithSCM<?, ?> withScm)) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (ChangeLogSet<? extends ChangeLogSet.Entry> changes : withScm.getChangeSets()) {
            for (ChangeLogSet.Entry change : changes) {
                User author = change.getAuthor();
                if (author != null) {
                    ids.add(author.getId());
                }
            }
        }
        return List.copyOf(ids);
    }
}
