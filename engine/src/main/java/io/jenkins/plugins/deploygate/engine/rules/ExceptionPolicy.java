package io.jenkins.plugins.deploygate.engine.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may grant an emergency exception for an environment, which checks it waives, and whether a
 * ticket is required.
 */
public record ExceptionPolicy(String grantedBy, Set<CheckId> waive, boolean requireTicket) {

    public ExceptionPolicy {
        if (grantedBy == null || grantedBy.isBlank()) {
            throw new InvalidRuleException("grantedBy", "missing: name the group allowed to grant exceptions");
        }
        if (waive == null || waive.isEmpty()) {
            throw new InvalidRuleException(
                    "waive", "list the checks an exception waives (leadTime, window, freeze, approvals)");
        }
        if (waive.contains(CheckId.ENVIRONMENT)) {
            throw new InvalidRuleException("waive", "\"environment\" cannot be waived");
        }
        waive = Set.copyOf(EnumSet.copyOf(waive));
    }
}
