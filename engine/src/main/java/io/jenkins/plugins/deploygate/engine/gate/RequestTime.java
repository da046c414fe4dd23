package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import java.time.Instant;

/**
 * When the lead time of a decision counts from, and who said so: the gate's first sighting of the
 * change, or the time the pipeline declared, where the rule trusts it. Reports and audits show the
 * source beside the time, so a declared time never passes for the gate's own.
 */
public record RequestTime(Instant at, Source source) {

    /** Who set a request time. */
    public enum Source {
        /** The gate's first sighting of the change (the ledger's, or {@code --first-seen}). */
        FIRST_SEEN("first seen by the gate"),
        /** The pipeline's {@code requestedAt}, which the rule trusts ({@code trustRequestedAt}). */
        DECLARED("declared by the pipeline");

        private final String text;

        Source(String text) {
            this.text = text;
        }

        /** E.g. {@code declared by the pipeline}, as reports put it in parentheses after the time. */
        public String text() {
            return text;
        }
    }

    public RequestTime {
        if (at == null || source == null) {
            throw new IllegalArgumentException("at and source are required");
        }
    }

    /**
     * The request time that counts for {@code request} under {@code rule}: the declared time when
     * the rule trusts it and the pipeline gave one, else the first sighting. With no rule (an
     * unknown environment) nothing is trusted.
     */
    public static RequestTime of(EnvironmentRule rule, GateRequest request) {
        boolean trusted = rule != null && rule.trustRequestedAt() && request.declaredRequestedAt() != null;
        return trusted
                ? new RequestTime(request.declaredRequestedAt(), Source.DECLARED)
                : new RequestTime(request.firstSeenAt(), Source.FIRST_SEEN);
    }

    /** Whether the pipeline set it. */
    public boolean declared() {
        return source == Source.DECLARED;
    }
}
