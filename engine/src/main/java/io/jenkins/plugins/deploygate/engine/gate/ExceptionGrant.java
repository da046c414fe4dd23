package io.jenkins.plugins.deploygate.engine.gate;

import java.time.Instant;

/**
 * An emergency exception someone asked for. The gate decides whether it is valid (see {@link
 * ExceptionAudit}); nothing is validated here so that an invalid grant can be reported, not
 * refused.
 *
 * @param grantedBy who granted it
 * @param reason why, or {@code null}
 * @param ticket the incident or change ticket, or {@code null}
 * @param grantedAt when it was granted
 */
public record ExceptionGrant(String grantedBy, String reason, String ticket, Instant grantedAt) {

    public ExceptionGrant {
        if (grantedBy == null || grantedBy.isBlank()) {
            throw new IllegalArgumentException("grantedBy: missing");
        }
        if (grantedAt == null) {
            throw new IllegalArgumentException("grantedAt: missing");
        }
    }
}
