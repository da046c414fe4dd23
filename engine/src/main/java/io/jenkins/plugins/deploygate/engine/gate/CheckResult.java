package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import java.time.Instant;

/**
 * The outcome of one check.
 *
 * @param notBefore the earliest instant after now at which this check alone passes, or {@code null}
 *     when it passes now, is waived, or does not depend on time
 */
public record CheckResult(CheckId id, CheckState state, String message, Instant notBefore) {

    public CheckResult {
        if (id == null || state == null || message == null) {
            throw new IllegalArgumentException("id, state and message are required");
        }
    }
}
