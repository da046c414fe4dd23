package io.jenkins.plugins.deploygate.gate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Cause;
import hudson.model.Run;
import io.jenkins.plugins.deploygate.engine.gate.Requester;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who started a build, as its causes say, followed through the builds that started it
 * ({@code build job: ...}) to the first one: what separation of duties needs to know about the
 * requester. Stored with the gate in {@code build.xml} (plain fields).
 *
 * <ul>
 *   <li>One user named by the causes ({@link Cause.UserIdCause}, also at the root of a chain of
 *       {@link Cause.UpstreamCause}s): that user is the requester.
 *   <li>Several users named (causes merged in the queue): the requester is one of them.
 *   <li>No user named (an SCM change, a timer, branch indexing): the requester is one of those who
 *       may build this job or a job in its chain of upstream builds ({@link #getJobs()}). Core offers
 *       no generic way to learn who pushed a change; the pusher's commits make them a committer.
 *   <li>Nothing narrows it (a remote trigger with the job's token, which anyone holding it may
 *       use, or an upstream chain too deep for Jenkins to keep): anyone could be the requester.
 * </ul>
 */
public final class Requesters {

    private final String user;
    private final List<String> named;
    private final List<String> jobs;
    private final boolean anyone;
    private final String startedBy;

    private Requesters(String user, List<String> named, List<String> jobs, boolean anyone, String startedBy) {
        this.user = user;
        this.named = new ArrayList<>(named);
        this.jobs = new ArrayList<>(jobs);
        this.anyone = anyone;
        this.startedBy = startedBy;
    }

    /** Who started {@code run}, from its causes. */
    static Requesters of(Run<?, ?> run) {
        Walk walk = new Walk();
        walk.jobs.add(run.getParent().getFullName());
        walk.visit(run.getCauses());
        String description = String.join(
                "; ", walk.leaves.stream().map(Cause::getShortDescription).toList());
        if (walk.users.size() == 1) {
            return new Requesters(walk.users.iterator().next(), List.of(), List.of(), false, description);
        }
        return new Requesters(
                null,
                List.copyOf(walk.users),
                walk.users.isEmpty() ? List.copyOf(walk.jobs) : List.of(),
                walk.users.isEmpty() && walk.unbounded,
                description);
    }

    /** The requester of a gate stored before the causes were followed: the user, or nobody known. */
    static Requesters legacy(String requestedBy) {
        return requestedBy == null
                ? new Requesters(null, List.of(), List.of(), true, "")
                : new Requesters(requestedBy, List.of(), List.of(), false, "");
    }

    /** The requester's user id, or null when no single user started the build. */
    public @CheckForNull String getUser() {
        return user;
    }

    /** The jobs whose builders may have started the build, when no user is named; else empty. */
    public List<String> getJobs() {
        return jobs == null ? List.of() : List.copyOf(jobs);
    }

    /** Whether nothing narrows who started the build. */
    public boolean isAnyone() {
        return anyone;
    }

    /** The causes in words, as Jenkins describes them ({@code Started by timer}). */
    public String getStartedBy() {
        return startedBy == null ? "" : startedBy;
    }

    /**
     * The engine's requester.
     *
     * @param people the users the gate is concerned with (voters, approvers, granters)
     * @param couldBuild whether a user may build one of {@link #getJobs()}
     */
    Requester toRequester(Collection<String> people, Predicate<String> couldBuild) {
        if (user != null) {
            return Requester.user(user);
        }
        if (anyone) {
            return Requester.unknown();
        }
        if (named != null && !named.isEmpty()) {
            return Requester.oneOf(named);
        }
        // Everyone who could have started the build is barred; only those the gate is concerned
        // with need asking, which keeps the question cheap.
        return Requester.oneOf(people.stream().distinct().filter(couldBuild).toList());
    }

    /** The users named by a build's causes, the jobs in its chain, and the causes with no user. */
    private static final class Walk {
        final Set<String> users = new LinkedHashSet<>();
        final Set<String> jobs = new LinkedHashSet<>();
        final List<Cause> leaves = new ArrayList<>();
        boolean unbounded;

        void visit(List<Cause> causes) {
            for (Cause cause : causes) {
                if (cause instanceof Cause.UpstreamCause upstream) {
                    jobs.add(upstream.getUpstreamProject());
                    visit(upstream.getUpstreamCauses());
                } else {
                    leaves.add(cause);
                    if (cause instanceof Cause.UserIdCause byUser && byUser.getUserId() != null) {
                        users.add(byUser.getUserId());
                    } else if (cause instanceof Cause.RemoteCause
                            || cause instanceof Cause.UpstreamCause.DeeplyNestedUpstreamCause) {
                        unbounded = true;
                    }
                }
            }
        }
    }
}
