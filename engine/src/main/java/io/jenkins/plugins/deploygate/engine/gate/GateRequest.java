package io.jenkins.plugins.deploygate.engine.gate;

import java.time.Instant;
import java.util.List;

/**
 * A request to deploy a change to an environment.
 *
 * @param environment the target environment, matched against the rules
 * @param changeId the change's id (e.g. {@code CHG-1234}), or {@code null}
 * @param requestedAt when the change was first requested; the lead time counts from here
 * @param requestedBy who requested it, or {@code null} when unknown
 * @param committers who committed to it; with separation of duties none of them may approve
 */
public record GateRequest(
        String environment, String changeId, Instant requestedAt, String requestedBy, List<String> committers) {

    public GateRequest {
        if (environment == null || environment.isBlank()) {
            throw new IllegalArgumentException("environment: missing");
        }
        if (requestedAt == null) {
            throw new IllegalArgumentException("requestedAt: missing");
        }
        committers = List.copyOf(committers == null ? List.of() : committers);
    }

    /** Whether {@code user} requested the change or committed to it. */
    boolean isRequesterOrCommitter(String user) {
        return user.equals(requestedBy) || committers.contains(user);
    }
}
