package io.jenkins.plugins.deploygate.engine.rules;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The rule for the environments whose name matches {@code name} (exact, or a glob with {@code *}
 * and {@code ?}; compared as {@link EnvironmentNames} says, without regard to case). Every check
 * is optional: a rule without any (a catch-all {@code "*"}) opens the gate.
 *
 * @param leadTime minimum notice, or {@code null}
 * @param trustRequestedAt whether the lead time counts from the time the pipeline declares
 *     ({@code deployGate(requestedAt: ...)}, {@code check --requested-at}); by default it counts
 *     from the gate's first sighting of the change, which the pipeline cannot set
 * @param approvals requirements that must all be met; empty for none
 * @param separationOfDuties whether the requester and committers are barred from approving and
 *     granting exceptions
 * @param windows change windows, one of which must be open; empty for any time
 * @param closedOnHolidays whether the windows stay closed on the calendar's holidays (a window
 *     belongs to the day it opens on)
 * @param freezes periods in which nothing is deployed
 * @param exceptions the emergency exception policy, or {@code null} when none may be granted
 * @param approvalTimeout how long a gate waits before it fails, or {@code null} for the caller's
 *     default; at most {@link #MAX_TIMEOUT}
 */
public record EnvironmentRule(
        String name,
        LeadTime leadTime,
        boolean trustRequestedAt,
        List<ApprovalRequirement> approvals,
        boolean separationOfDuties,
        List<ChangeWindow> windows,
        boolean closedOnHolidays,
        List<Freeze> freezes,
        ExceptionPolicy exceptions,
        Duration approvalTimeout) {

    /** The longest approval timeout: a year, like the longest lead time. */
    public static final Duration MAX_TIMEOUT = Duration.ofDays(365);

    public EnvironmentRule {
        if (name == null || name.isBlank()) {
            throw new InvalidRuleException("name", "missing: an exact environment name or a glob (*, ?)");
        }
        approvals = List.copyOf(approvals == null ? List.of() : approvals);
        windows = List.copyOf(windows == null ? List.of() : windows);
        freezes = List.copyOf(freezes == null ? List.of() : freezes);
        if (approvalTimeout != null && (approvalTimeout.isNegative() || approvalTimeout.isZero())) {
            throw new InvalidRuleException(
                    "approvalTimeout", DurationText.format(approvalTimeout) + " must be more than zero");
        }
        if (approvalTimeout != null && approvalTimeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidRuleException(
                    "approvalTimeout", DurationText.format(approvalTimeout) + " is longer than a year (365d at most)");
        }
    }

    /**
     * An approval timeout as the rules write it: a duration ({@code 72h}) of more than zero and at
     * most {@link #MAX_TIMEOUT}.
     *
     * @throws IllegalArgumentException naming the text otherwise
     */
    public static Duration parseApprovalTimeout(String text) {
        Duration timeout = DurationText.parse(text);
        if (timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(
                    InvalidRuleException.quote(text) + " is not between 1s and a year (365d at most)");
        }
        return timeout;
    }

    /** A rule for {@code name} that checks nothing; the builders below add checks. */
    public static EnvironmentRule open(String name) {
        return new EnvironmentRule(name, null, false, List.of(), false, List.of(), false, List.of(), null, null);
    }

    public EnvironmentRule withLeadTime(LeadTime value) {
        return new EnvironmentRule(
                name,
                value,
                trustRequestedAt,
                approvals,
                separationOfDuties,
                windows,
                closedOnHolidays,
                freezes,
                exceptions,
                approvalTimeout);
    }

    public EnvironmentRule withTrustRequestedAt(boolean value) {
        return new EnvironmentRule(
                name,
                leadTime,
                value,
                approvals,
                separationOfDuties,
                windows,
                closedOnHolidays,
                freezes,
                exceptions,
                approvalTimeout);
    }

    public EnvironmentRule withApprovals(List<ApprovalRequirement> value) {
        return new EnvironmentRule(
                name,
                leadTime,
                trustRequestedAt,
                value,
                separationOfDuties,
                windows,
                closedOnHolidays,
                freezes,
                exceptions,
                approvalTimeout);
    }

    public EnvironmentRule withSeparationOfDuties(boolean value) {
        return new EnvironmentRule(
                name,
                leadTime,
                trustRequestedAt,
                approvals,
                value,
                windows,
                closedOnHolidays,
                freezes,
                exceptions,
                approvalTimeout);
    }

    public EnvironmentRule withWindows(List<ChangeWindow> value) {
        return new EnvironmentRule(
                name,
                leadTime,
                trustRequestedAt,
                approvals,
                separationOfDuties,
                value,
                closedOnHolidays,
                freezes,
                exceptions,
                approvalTimeout);
    }

    public EnvironmentRule withClosedOnHolidays(boolean value) {
        return new EnvironmentRule(
                name,
                leadTime,
                trustRequestedAt,
                approvals,
                separationOfDuties,
                windows,
                value,
                freezes,
                exceptions,
                approvalTimeout);
    }

    public EnvironmentRule withFreezes(List<Freeze> value) {
        return new EnvironmentRule(
                name,
                leadTime,
                trustRequestedAt,
                approvals,
                separationOfDuties,
                windows,
                closedOnHolidays,
                value,
                exceptions,
                approvalTimeout);
    }

    public EnvironmentRule withExceptions(ExceptionPolicy value) {
        return new EnvironmentRule(
                name,
                leadTime,
                trustRequestedAt,
                approvals,
                separationOfDuties,
                windows,
                closedOnHolidays,
                freezes,
                value,
                approvalTimeout);
    }

    public EnvironmentRule withApprovalTimeout(Duration value) {
        return new EnvironmentRule(
                name,
                leadTime,
                trustRequestedAt,
                approvals,
                separationOfDuties,
                windows,
                closedOnHolidays,
                freezes,
                exceptions,
                value);
    }

    /** The approval timeout, if the rule sets one. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(approvalTimeout);
    }

    /** Whether {@code environment} is this rule's name, or matches it as a glob, without regard to case. */
    public boolean matches(String environment) {
        return EnvironmentNames.matches(name, environment);
    }

    /** Whether this rule matches every environment ({@code "*"}). */
    public boolean isCatchAll() {
        return EnvironmentNames.isCatchAll(name);
    }
}
