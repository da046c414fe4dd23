package io.jenkins.plugins.deploygate.engine.gate;

import java.util.Collection;
import java.util.List;

/**
 * Who requested a change, as far as the caller knows. Separation of duties depends on it, so an
 * unknown requester must not switch it off:
 *
 * <ul>
 *   <li>{@linkplain #user(String) known}: the requester may neither approve nor grant an exception;
 *   <li>{@linkplain #oneOf(Collection) one of some users}: the requester is unknown, but only these
 *       users could have started the build (in Jenkins, those who may build the job, for a build
 *       started by an SCM push, a timer or a remote trigger); none of them may approve or grant;
 *   <li>{@linkplain #unknown() unknown}: nobody can be ruled out, so under separation of duties no
 *       approval counts and no exception is valid: the gate refuses rather than opening.
 * </ul>
 *
 * @param user the requester's id, or {@code null} when unknown
 * @param candidates who could have requested it when {@code user} is unknown; {@code null} when
 *     nobody can be ruled out; empty when the requester is known
 */
public record Requester(String user, List<String> candidates) {

    private static final Requester UNKNOWN = new Requester(null, null);

    public Requester {
        user = user == null || user.isBlank() ? null : user.trim();
        candidates = user != null ? List.of() : candidates == null ? null : List.copyOf(candidates);
    }

    /** The known requester {@code user}, or {@link #unknown()} when it is {@code null} or blank. */
    public static Requester user(String user) {
        return user == null || user.isBlank() ? UNKNOWN : new Requester(user, List.of());
    }

    /** An unknown requester who is one of {@code candidates}. */
    public static Requester oneOf(Collection<String> candidates) {
        return new Requester(null, List.copyOf(candidates));
    }

    /** A requester nobody knows anything about. */
    public static Requester unknown() {
        return UNKNOWN;
    }

    /** Whether the requester is known. */
    public boolean isKnown() {
        return user != null;
    }

    /** Whether the requester is unknown and nothing narrows who it could be. */
    public boolean isAnyone() {
        return user == null && candidates == null;
    }
}
