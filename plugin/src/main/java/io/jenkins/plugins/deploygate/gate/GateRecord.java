package io.jenkins.plugins.deploygate.gate;

import io.jenkins.plugins.deploygate.engine.gate.Approvals;
import io.jenkins.plugins.deploygate.engine.gate.CheckResult;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionGrant;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jenkins.model.IdStrategy;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One {@code deployGate} call of a build, as stored in {@code build.xml}: the request, the votes
 * and exception given on the build, and the latest decision in plugin-defined form. The engine's
 * inputs are rebuilt from it on every evaluation. Mutated only under the owning {@link GateAction}'s
 * lock.
 */
@ExportedBean(defaultVisibility = 2)
public final class GateRecord {

    private final String id;
    private final String environment;
    private final String changeId;
    private final long requestedAt;
    private final String requestedBy;
    private final List<String> committers;
    private final List<Vote> votes = new ArrayList<>();
    private ExceptionRecord exception;
    private GateState state = GateState.WAITING;
    private String rule;
    private String verdict;
    private long notBefore;
    private long evaluatedAt;
    private long deadline;
    private List<CheckLine> checks = new ArrayList<>();
    private boolean notified;

    /**
     * @param id the id of the step's flow node, unique within the build
     * @param requestedBy the requester's user id, or null when no user started the build
     */
    public GateRecord(
            String id,
            String environment,
            String changeId,
            long requestedAt,
            String requestedBy,
            List<String> committers) {
        this.id = id;
        this.environment = environment;
        this.changeId = changeId;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.committers = new ArrayList<>(committers);
    }

    @Exported
    public String getId() {
        return id;
    }

    @Exported
    public String getEnvironment() {
        return environment;
    }

    @Exported
    public String getChangeId() {
        return changeId;
    }

    /** When the change was first requested, epoch milliseconds: the lead time counts from here. */
    @Exported
    public long getRequestedAt() {
        return requestedAt;
    }

    @Exported
    public String getRequestedBy() {
        return requestedBy;
    }

    @Exported
    public List<String> getCommitters() {
        return List.copyOf(committers);
    }

    @Exported(inline = true)
    public synchronized List<Vote> getVotes() {
        return List.copyOf(votes);
    }

    @Exported(inline = true)
    public synchronized ExceptionRecord getException() {
        return exception;
    }

    @Exported
    public synchronized GateState getState() {
        return state;
    }

    /** The name of the environment rule that matched, or null when none did. */
    @Exported
    public synchronized String getRule() {
        return rule;
    }

    /** The latest verdict: {@code OPEN}, {@code WAIT} or {@code BLOCKED}; null before the first evaluation. */
    @Exported
    public synchronized String getVerdict() {
        return verdict;
    }

    /** When the time rules next allow the deployment, epoch milliseconds; 0 for now or never. */
    @Exported
    public synchronized long getNotBefore() {
        return notBefore;
    }

    /** When the latest decision was taken, in epoch milliseconds; 0 before the first. */
    @Exported
    public synchronized long getEvaluatedAt() {
        return evaluatedAt;
    }

    /** When the gate stops waiting and fails, epoch milliseconds; 0 for no timeout. */
    @Exported
    public synchronized long getDeadline() {
        return deadline;
    }

    @Exported(inline = true)
    public synchronized List<CheckLine> getChecks() {
        return checks == null ? List.of() : List.copyOf(checks);
    }

    public synchronized boolean isWaiting() {
        return state == GateState.WAITING;
    }

    public synchronized boolean isNotified() {
        return notified;
    }

    public synchronized void setNotified() {
        notified = true;
    }

    public synchronized void setDeadline(long deadline) {
        this.deadline = deadline;
    }

    public synchronized void setState(GateState state) {
        this.state = state;
    }

    /** Whether {@code user} already approved or rejected. */
    public synchronized boolean hasVoted(String user) {
        IdStrategy ids = userIds();
        return votes.stream().anyMatch(vote -> ids.equals(vote.getUser(), user));
    }

    synchronized void addVote(Vote vote) {
        votes.add(vote);
    }

    synchronized void setException(ExceptionRecord exception) {
        this.exception = exception;
    }

    /**
     * Keeps {@code decision} as the latest one.
     *
     * @return whether the verdict or a check's state changed: what deserves a log line and a save
     *     (messages alone change every minute, e.g. "closed at 14:02")
     */
    public synchronized boolean update(GateDecision decision) {
        String before = fingerprint();
        rule = decision.rule();
        verdict = decision.verdict().name();
        notBefore = decision.notBefore() == null ? 0 : decision.notBefore().toEpochMilli();
        evaluatedAt =
                decision.evaluatedAt() == null ? 0 : decision.evaluatedAt().toEpochMilli();
        List<CheckLine> lines = new ArrayList<>();
        for (CheckResult check : decision.checks()) {
            lines.add(new CheckLine(
                    check.id().id(),
                    check.state().name(),
                    check.message(),
                    check.notBefore() == null ? 0 : check.notBefore().toEpochMilli()));
        }
        checks = lines;
        return !fingerprint().equals(before);
    }

    private String fingerprint() {
        StringBuilder text = new StringBuilder(String.valueOf(verdict));
        for (CheckLine check : getChecks()) {
            text.append(' ').append(check.getId()).append('=').append(check.getState());
        }
        return text.toString();
    }

    /** The engine's request. */
    public GateRequest toRequest() {
        return GateRequest.of(environment, changeId, Instant.ofEpochMilli(requestedAt))
                .withRequestedBy(requestedBy)
                .withCommitters(committers);
    }

    /** Every vote, in order, for the engine to count. */
    public synchronized Approvals toApprovals() {
        List<String> approvedBy = new ArrayList<>();
        List<String> rejectedBy = new ArrayList<>();
        for (Vote vote : votes) {
            (vote.isApproved() ? approvedBy : rejectedBy).add(vote.getUser());
        }
        return new Approvals(approvedBy, rejectedBy);
    }

    /** The exception given, or null. */
    public synchronized ExceptionGrant toExceptionGrant() {
        return exception == null
                ? null
                : new ExceptionGrant(
                        exception.getUser(),
                        exception.getReason(),
                        exception.getTicket(),
                        Instant.ofEpochMilli(exception.getTime()));
    }

    /** The groups each voter or granter was in when they acted (see {@link Vote#getGroups()}). */
    public synchronized Map<String, Set<String>> recordedGroups() {
        Map<String, Set<String>> groups = new HashMap<>();
        for (Vote vote : votes) {
            groups.computeIfAbsent(vote.getUser(), user -> new HashSet<>()).addAll(vote.getGroups());
        }
        if (exception != null) {
            groups.computeIfAbsent(exception.getUser(), user -> new HashSet<>()).addAll(exception.getGroups());
        }
        return groups.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /**
     * Whether {@code user} requested the change or committed to it: who separation of duties bars.
     * Ids are compared as the security realm compares them (case-insensitively by default), so that
     * another spelling of the requester's id is still the requester.
     */
    public boolean isRequesterOrCommitter(String user) {
        IdStrategy ids = userIds();
        return (requestedBy != null && ids.equals(user, requestedBy))
                || committers.stream().anyMatch(committer -> ids.equals(user, committer));
    }

    private static IdStrategy userIds() {
        return Jenkins.get().getSecurityRealm().getUserIdStrategy();
    }
}
