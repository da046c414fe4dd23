package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Decides whether an exception is valid under a rule's policy, and which checks it waives. */
final class ExceptionCheck {

    private ExceptionCheck() {}

    /**
     * The audit of {@code grant} under {@code rule}: every problem that makes it invalid, or the
     * checks it waives among {@code configured} (those the rule actually checks).
     */
    static ExceptionAudit audit(
            ExceptionGrant grant,
            EnvironmentRule rule,
            GateRequest request,
            Eligibility eligibility,
            Set<CheckId> configured) {
        ExceptionPolicy policy = rule.exceptions();
        List<String> problems = new ArrayList<>(eligibility.whyNotGranter(rule, request, grant.grantedBy()));
        if (policy != null && (grant.reason() == null || grant.reason().isBlank())) {
            problems.add("an exception needs a reason");
        }
        if (policy != null
                && policy.requireTicket()
                && (grant.ticket() == null || grant.ticket().isBlank())) {
            problems.add(rule.name() + " requires a ticket for an exception");
        }
        if (!problems.isEmpty()) {
            return invalid(grant, String.join("; ", problems));
        }
        List<CheckId> waived =
                policy.waive().stream().filter(configured::contains).sorted().toList();
        return new ExceptionAudit(grant, true, null, waived);
    }

    static ExceptionAudit invalid(ExceptionGrant grant, String problem) {
        return new ExceptionAudit(
                grant, false, "exception by " + grant.grantedBy() + " not applied: " + problem, List.of());
    }
}
