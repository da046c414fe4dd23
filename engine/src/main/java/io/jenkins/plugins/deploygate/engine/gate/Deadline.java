package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long the caller will wait for a gate: from {@code since} (when the gate started waiting),
 * for {@code timeout}, or, when it is {@code null}, for the rule's {@code approvalTimeout}. A gate
 * that cannot open before its deadline is BLOCKED at once instead of waiting out the timeout.
 * {@link #NONE}: the caller does not wait ({@code deployGate(wait: false)}) or waits until
 * aborted.
 *
 * @param since when the gate started waiting, or {@code null} for {@link #NONE}
 * @param timeout the caller's own timeout (the step's {@code timeout}), or {@code null} for the
 *     rule's
 */
public record Deadline(Instant since, Duration timeout) {

    /** No deadline. */
    public static final Deadline NONE = new Deadline(null, null);

    public Deadline {
        if (since == null && timeout != null) {
            throw new IllegalArgumentException("a timeout needs the instant it counts from");
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout: must be more than zero");
        }
    }

    /** Waiting from {@code since} for {@code timeout}, or for the rule's approval timeout when it is {@code null}. */
    public static Deadline from(Instant since, Duration timeout) {
        return new Deadline(since, timeout);
    }

    /** The timeout that applies under {@code rule}, if any. */
    public Optional<Duration> timeoutUnder(EnvironmentRule rule) {
        if (since == null) {
            return Optional.empty();
        }
        return timeout != null ? Optional.of(timeout) : rule.timeout();
    }

    /** The instant the gate fails by timeout under {@code rule}, if any. */
    public Optional<Instant> at(EnvironmentRule rule) {
        return timeoutUnder(rule).map(timeout -> since.plus(timeout));
    }
}
