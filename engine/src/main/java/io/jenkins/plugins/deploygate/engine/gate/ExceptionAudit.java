package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import java.util.List;

/**
 * What became of an exception: valid and applied (the checks in {@code waived} are WAIVED), or
 * invalid and ignored, with {@code problem} saying why.
 *
 * @param grant who granted it, when, why, and the ticket
 * @param valid whether it was applied
 * @param problem why it was not applied, or {@code null} when valid
 * @param waived the checks it waived; empty when invalid
 */
public record ExceptionAudit(ExceptionGrant grant, boolean valid, String problem, List<CheckId> waived) {

    public ExceptionAudit {
        waived = List.copyOf(waived);
        if (valid == (problem != null)) {
            throw new IllegalArgumentException("a valid exception has no problem; an invalid one has one");
        }
    }
}
