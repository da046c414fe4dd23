package io.jenkins.plugins.deploygate.gate;

import io.jenkins.plugins.deploygate.config.JenkinsMembership;
import io.jenkins.plugins.deploygate.engine.gate.Approvals;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionGrant;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateDecisionJson;
import io.jenkins.plugins.deploygate.engine.gate.RequestTime;
import io.jenkins.plugins.deploygate.engine.gate.UserIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One {@code deployGate} call of a build, as stored in {@code build.xml}: what the gate was asked
 * (environment, change, when it was first seen, who started the build), the votes and exception
 * given on the build, and the latest decision exactly as the engine wrote it ({@link
 * GateDecisionJson}), so that the build shows later what was decided, whatever the rules have
 * become. Plugin-defined fields only (JEP-200). Mutated only through its synchronized methods.
 *
 * <p>Builds stored before the decision was kept as JSON hold it as separate fields ({@code rule},
 * {@code verdict}, {@code notBefore}, {@code evaluatedAt}, {@code deadline}, {@code checks}) and
 * the request time as {@code requestedAt}; {@link #readResolve()} turns them into a decision
 * document of the engine's core keys ({@link LegacyDecision}).
 */
@ExportedBean(defaultVisibility = 2)
public final class GateRecord {

    private static final Logger LOGGER = Logger.getLogger(GateRecord.class.getName());

    private final String id;
    private final String environment;
    private final String changeId;
    /** When the gate first saw the change for this job and environment; the build's start without a change id. */
    private long firstSeenAt;
    /** The pipeline's {@code requestedAt}, in epoch milliseconds; 0 when it gave none. */
    private long declaredRequestedAt;
    /** When this gate started: its deadline counts from here. */
    private long startedAt;

    private Requesters requesters;
    private List<String> committers = new ArrayList<>();
    private final List<Vote> votes = new ArrayList<>();
    private ExceptionRecord exception;
    private GateState state = GateState.WAITING;
    /** The latest decision, as {@link GateDecisionJson#write} wrote it; null before the first. */
    private String decision;

    private boolean approversNotified;
    private boolean grantersNotified;

    private transient GateDecision parsed;

    // The fields of builds stored before the decision was kept as JSON: read, migrated and cleared
    // by readResolve, so that the next save leaves them out.
    private Long requestedAt;
    private String rule;
    private String verdict;
    private Long notBefore;
    private Long evaluatedAt;
    private Long deadline;
    private List<CheckLine> checks;
    private String requestedBy;
    private Boolean notified;

    /**
     * @param id the id of the step's flow node, unique within the build
     * @param firstSeenAt when the gate first saw the change (the ledger's sighting)
     * @param declaredRequestedAt the pipeline's {@code requestedAt}, or null
     * @param startedAt when the gate started
     * @param requesters who started the build, as its causes say
     */
    public GateRecord(
            String id,
            String environment,
            String changeId,
            Instant firstSeenAt,
            Instant declaredRequestedAt,
            Instant startedAt,
            Requesters requesters) {
        this.id = id;
        this.environment = environment;
        this.changeId = changeId;
        this.firstSeenAt = firstSeenAt.toEpochMilli();
        this.declaredRequestedAt = declaredRequestedAt == null ? 0 : declaredRequestedAt.toEpochMilli();
        this.startedAt = startedAt.toEpochMilli();
        this.requesters = requesters;
    }

    /** Moves what older builds stored into today's fields (XStream runs no constructor). */
    protected synchronized Object readResolve() {
        if (committers == null) {
            committers = new ArrayList<>();
        }
        if (requestedAt != null && firstSeenAt == 0) {
            firstSeenAt = requestedAt;
            startedAt = requestedAt;
        }
        if (decision == null && verdict != null) {
            decision = LegacyDecision.json(this);
        }
        if (requesters == null) {
            requesters = Requesters.legacy(requestedBy);
        }
        approversNotified |= Boolean.TRUE.equals(notified);
        requestedAt = null;
        rule = null;
        verdict = null;
        notBefore = null;
        evaluatedAt = null;
        deadline = null;
        checks = null;
        requestedBy = null;
        notified = null;
        return this;
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

    /** When the gate first saw the change for this job and environment, epoch milliseconds. */
    @Exported
    public synchronized long getFirstSeenAt() {
        return firstSeenAt;
    }

    /** The pipeline's {@code requestedAt}, epoch milliseconds; 0 when it gave none. */
    @Exported
    public synchronized long getDeclaredRequestedAt() {
        return declaredRequestedAt;
    }

    /**
     * When the lead time counts from, epoch milliseconds: the first sighting, or the declared time
     * where the rule trusts it (see {@link #getRequestSource()}).
     */
    @Exported
    public long getRequestedAt() {
        GateDecision latest = getDecision();
        return latest == null ? getFirstSeenAt() : latest.requestTime().at().toEpochMilli();
    }

    /** {@code FIRST_SEEN} or {@code DECLARED}: who set {@link #getRequestedAt()}. */
    @Exported
    public String getRequestSource() {
        GateDecision latest = getDecision();
        return (latest == null
                        ? RequestTime.Source.FIRST_SEEN
                        : latest.requestTime().source())
                .name();
    }

    /** The declared request time, when it is the one that counts: the pages say "declared by the pipeline". */
    public boolean isRequestDeclared() {
        GateDecision latest = getDecision();
        return latest != null && latest.requestTime().declared();
    }

    /** When the gate started, epoch milliseconds: its timeout counts from here. */
    @Exported
    public synchronized long getStartedAt() {
        return startedAt;
    }

    /** The user who started the build, through the builds that started it; null when no user did. */
    @Exported
    public synchronized String getRequestedBy() {
        return requesters.getUser();
    }

    /** Who started the build, as its causes say. */
    public synchronized Requesters getRequesters() {
        return requesters;
    }

    /** The committers as of the latest evaluation: the authors of the changes since the last deployment. */
    @Exported
    public synchronized List<String> getCommitters() {
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

    /** Why the latest decision ignored the exception given, or null when it applied it (or none was given). */
    @Exported
    public String getExceptionProblem() {
        GateDecision latest = getDecision();
        return latest == null
                        || latest.exception() == null
                        || latest.exception().valid()
                ? null
                : latest.exception().problem();
    }

    @Exported
    public synchronized GateState getState() {
        return state;
    }

    /** The latest decision, as the engine took it; null before the first (or when it cannot be read). */
    public synchronized GateDecision getDecision() {
        if (parsed == null && decision != null) {
            try {
                parsed = GateDecisionJson.read(decision, Instant.ofEpochMilli(firstSeenAt));
            } catch (IllegalArgumentException unreadable) {
                LOGGER.log(Level.WARNING, "The stored decision of deploy gate " + id + " cannot be read", unreadable);
            }
        }
        return parsed;
    }

    /** The name of the environment rule that matched, or null when none did (or before the first decision). */
    @Exported
    public String getRule() {
        GateDecision latest = getDecision();
        return latest == null ? null : latest.rule();
    }

    /** The latest verdict: {@code OPEN}, {@code WAIT} or {@code BLOCKED}; null before the first decision. */
    @Exported
    public String getVerdict() {
        GateDecision latest = getDecision();
        return latest == null ? null : latest.verdict().name();
    }

    /** The latest decision in one line, in words (what sets the date, what is awaited, from whom). */
    @Exported
    public String getSummary() {
        GateDecision latest = getDecision();
        return latest == null ? null : latest.summary();
    }

    /** When the time rules next allow the deployment, epoch milliseconds; 0 for now or never. */
    @Exported
    public long getNotBefore() {
        GateDecision latest = getDecision();
        return latest == null || latest.notBefore() == null
                ? 0
                : latest.notBefore().toEpochMilli();
    }

    /** When the latest decision was taken, in epoch milliseconds; 0 before the first. */
    @Exported
    public long getEvaluatedAt() {
        GateDecision latest = getDecision();
        return latest == null || latest.evaluatedAt() == null
                ? 0
                : latest.evaluatedAt().toEpochMilli();
    }

    /** When the gate stops waiting and fails, epoch milliseconds; 0 for no timeout. */
    @Exported
    public long getDeadline() {
        GateDecision latest = getDecision();
        return latest == null || latest.deadline() == null
                ? 0
                : latest.deadline().toEpochMilli();
    }

    /** The checks of the latest decision, as the engine explained them. */
    @Exported(inline = true)
    public List<CheckLine> getChecks() {
        GateDecision latest = getDecision();
        return latest == null
                ? List.of()
                : latest.checks().stream().map(CheckLine::of).toList();
    }

    public synchronized boolean isWaiting() {
        return state == GateState.WAITING;
    }

    /** Whether whoever the gate awaits was told, so that each is told once per gate. */
    synchronized boolean markNotified(boolean granters) {
        boolean before = granters ? grantersNotified : approversNotified;
        if (granters) {
            grantersNotified = true;
        } else {
            approversNotified = true;
        }
        return !before;
    }

    synchronized void setState(GateState state) {
        this.state = state;
    }

    /** Whether {@code user} already approved or rejected, ids compared as the realm compares them. */
    synchronized boolean hasVoted(String user) {
        UserIdentity ids = JenkinsMembership.identity();
        return votes.stream().anyMatch(vote -> ids.same(vote.getUser(), user));
    }

    synchronized void addVote(Vote vote) {
        votes.add(vote);
    }

    /** Records an exception; one the gate found invalid may be replaced by another. */
    synchronized void setException(ExceptionRecord exception) {
        this.exception = exception;
    }

    /**
     * Keeps {@code latest} as the decision, as the engine writes it, and the committers it counted.
     *
     * @return whether the verdict, the summary or a check's state changed: what deserves a log line
     *     and a save
     */
    synchronized boolean update(GateDecision latest) {
        String before = fingerprint(getDecision());
        decision = GateDecisionJson.write(latest);
        parsed = latest;
        committers = new ArrayList<>(latest.request().committers());
        return !fingerprint(latest).equals(before);
    }

    private static String fingerprint(GateDecision decision) {
        if (decision == null) {
            return "";
        }
        return decision.verdict() + " " + decision.summary() + " "
                + decision.checks().stream()
                        .map(check -> check.id() + "=" + check.state())
                        .collect(Collectors.joining(" "));
    }

    /** Every vote, in order, for the engine to count. */
    synchronized Approvals toApprovals() {
        List<String> approvedBy = new ArrayList<>();
        List<String> rejectedBy = new ArrayList<>();
        for (Vote vote : votes) {
            (vote.isApproved() ? approvedBy : rejectedBy).add(vote.getUser());
        }
        return new Approvals(approvedBy, rejectedBy);
    }

    /** The exception given, or null. */
    synchronized ExceptionGrant toExceptionGrant() {
        return exception == null
                ? null
                : new ExceptionGrant(
                        exception.getUser(),
                        exception.getReason(),
                        exception.getTicket(),
                        Instant.ofEpochMilli(exception.getTime()));
    }

    /** The groups each voter or granter was in when they acted (see {@link Vote#getGroups()}). */
    synchronized Map<String, Set<String>> recordedGroups() {
        Map<String, Set<String>> groups = new HashMap<>();
        for (Vote vote : votes) {
            groups.computeIfAbsent(vote.getUser(), user -> new HashSet<>()).addAll(vote.getGroups());
        }
        if (exception != null) {
            groups.computeIfAbsent(exception.getUser(), user -> new HashSet<>()).addAll(exception.getGroups());
        }
        return groups.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /** Everyone who voted or granted the exception, in order. */
    synchronized List<String> actors() {
        List<String> actors = new ArrayList<>();
        votes.forEach(vote -> actors.add(vote.getUser()));
        if (exception != null) {
            actors.add(exception.getUser());
        }
        return actors;
    }

    /** The legacy fields, for {@link LegacyDecision}. */
    synchronized LegacyDecision.Fields legacyFields() {
        return new LegacyDecision.Fields(
                environment,
                changeId,
                rule,
                verdict,
                millis(notBefore),
                millis(evaluatedAt),
                millis(deadline),
                millis(requestedAt),
                requestedBy,
                committers,
                checks == null ? List.of() : checks);
    }

    private static long millis(Long stored) {
        return stored == null ? 0 : stored;
    }
}
