package io.jenkins.plugins.deploygate.engine.report;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a person did to a deployment's gate: requested it, approved, rejected, granted an
 * exception. The time is {@code null} where the source did not record one.
 *
 * @param at when it happened
 * @param who the user's id
 * @param action what they did
 * @param detail their comment, reason or ticket; {@code null} for none
 */
public record AuditEvent(Instant at, String who, Action action, String detail) {

    public AuditEvent {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
    }

    /** The actions an audit records. */
    public enum Action {
        REQUESTED("requested the deployment"),
        APPROVED("approved"),
        REJECTED("rejected"),
        EXCEPTION_GRANTED("granted an exception");

        private final String text;

        Action(String text) {
            this.text = text;
        }

        /** Completes "alice ...". */
        public String text() {
            return text;
        }
    }
}
