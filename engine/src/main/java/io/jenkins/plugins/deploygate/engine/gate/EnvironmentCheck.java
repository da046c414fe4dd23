package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The decision for an environment no rule applies to, or one whose name only looks like a
 * configured one: BLOCKED, with a FAILED {@code environment} check that says which names are
 * configured, or which one was probably meant. A typo must not open a gate, whether it falls to
 * no rule or to a catch-all.
 */
final class EnvironmentCheck {

    private EnvironmentCheck() {}

    static GateDecision blocked(
            GateRules rules,
            GateRequest request,
            ExceptionGrant exception,
            Instant now,
            Optional<EnvironmentRule> matched,
            Optional<EnvironmentRule> lookalike) {
        String requested = visible(request.environment());
        String message;
        String summary;
        if (matched.isPresent()) {
            String meant = lookalike.orElseThrow().name();
            message = "environment " + requested + " only looks like " + meant + " (the catch-all \""
                    + matched.get().name() + "\" does not apply to a near miss): did you mean " + meant
                    + "? If it is another environment, give it a rule of its own";
            summary = "did you mean " + meant + "?";
        } else {
            String configured = rules.environments().isEmpty() ? "none" : String.join(", ", rules.environmentNames());
            message = "no rule for environment " + requested + "; configured: " + configured
                    + lookalike
                            .map(rule -> "; did you mean " + rule.name() + "?")
                            .orElse("");
            summary = lookalike
                    .map(rule -> "did you mean " + rule.name() + "?")
                    .orElse("no rule applies to " + requested);
        }
        CheckResult check = new CheckResult(CheckId.ENVIRONMENT, CheckState.FAILED, message, null);
        ExceptionAudit exceptionAudit =
                exception == null ? null : ExceptionCheck.invalid(exception, "no environment rule applies");
        return new GateDecision(
                request,
                now,
                null,
                Verdict.BLOCKED,
                null,
                summary,
                List.of(),
                List.of(check),
                null,
                exceptionAudit,
                RequestTime.of(null, request),
                null,
                null);
    }

    /**
     * The name in quotes, with every character outside printable ASCII written as {@code \}{@code
     * uXXXX}, so that a look-alike letter or an invisible one shows in the message.
     */
    static String visible(String name) {
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                text.append(c);
            } else {
                text.append(String.format("\\u%04X", (int) c));
            }
        }
        return text.append('"').toString();
    }
}
