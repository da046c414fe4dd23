package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.CalendarText;
import io.jenkins.plugins.deploygate.engine.rules.InstantText;
import java.time.Instant;
import java.util.List;

/**
 * A request to deploy a change to an environment.
 *
 * <p>When the change was requested comes in two forms, kept apart because only one of them is in
 * the hands of whoever edits the pipeline. {@code firstSeenAt} is when the gate first saw the
 * change for this job and environment (Jenkins keeps it in its ledger, see {@link Sighting}; the
 * command line takes {@code --first-seen}); the lead time counts from it. {@code
 * declaredRequestedAt} is what the pipeline says ({@code deployGate(requestedAt: ...)}, {@code
 * check --requested-at}); it counts only where the rule trusts it ({@code trustRequestedAt}), and
 * is reported as declared by the pipeline (see {@link RequestTime}).
 *
 * @param environment the target environment, matched against the rules
 * @param changeId the change's id (e.g. {@code CHG-1234}), or {@code null}
 * @param firstSeenAt when the gate first saw this change for this job and environment; without a
 *     change id, when the build started
 * @param declaredRequestedAt when the pipeline says the change was requested, or {@code null}
 * @param requester who requested it, as far as the caller knows
 * @param committers who committed to it; with separation of duties none of them may approve
 */
public record GateRequest(
        String environment,
        String changeId,
        Instant firstSeenAt,
        Instant declaredRequestedAt,
        Requester requester,
        List<String> committers) {

    public GateRequest {
        if (environment == null || environment.isBlank()) {
            throw new IllegalArgumentException("environment: missing");
        }
        if (firstSeenAt == null) {
            throw new IllegalArgumentException("firstSeenAt: missing");
        }
        inRange("firstSeenAt", firstSeenAt);
        if (declaredRequestedAt != null) {
            inRange("declaredRequestedAt", declaredRequestedAt);
        }
        requester = requester == null ? Requester.unknown() : requester;
        committers = List.copyOf(committers == null ? List.of() : committers);
    }

    /** A request first seen at {@code firstSeenAt}, with no declared time, an unknown requester and no committers. */
    public static GateRequest of(String environment, String changeId, Instant firstSeenAt) {
        return new GateRequest(environment, changeId, firstSeenAt, null, Requester.unknown(), List.of());
    }

    public GateRequest withDeclaredRequestedAt(Instant value) {
        return new GateRequest(environment, changeId, firstSeenAt, value, requester, committers);
    }

    public GateRequest withRequester(Requester value) {
        return new GateRequest(environment, changeId, firstSeenAt, declaredRequestedAt, value, committers);
    }

    /** The same request by the known requester {@code user} (unknown when {@code null}). */
    public GateRequest withRequestedBy(String user) {
        return withRequester(Requester.user(user));
    }

    public GateRequest withCommitters(List<String> value) {
        return new GateRequest(environment, changeId, firstSeenAt, declaredRequestedAt, requester, value);
    }

    /** The requester's id, or {@code null} when unknown. */
    public String requestedBy() {
        return requester.user();
    }

    private static void inRange(String field, Instant instant) {
        if (!InstantText.inRange(instant)) {
            throw new IllegalArgumentException(field + ": " + instant + " is outside the years "
                    + CalendarText.FIRST_YEAR + " to " + CalendarText.LAST_YEAR);
        }
    }
}
