package io.jenkins.plugins.deploygate.engine.rules;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The rule for the environments whose name matches {@code name} (exact, or a glob with {@code *}
 * and {@code ?}). Every check is optional: a rule without any (a catch-all {@code "*"}) opens the
 * gate.
 *
 * @param leadTime minimum notice, or {@code null}
 * @param approvals requirements that must all be met; empty for none
 * @param separationOfDuties whether the requester and committers are barred from approving and
 *     granting exceptions
 * @param windows change windows, one of which must be open; empty for any time
 * @param freezes periods in which nothing is deployed
 * @param exceptions the emergency exception policy, or {@code null} when none may be granted
 * @param approvalTimeout how long a gate waits for approvals before it fails, or {@code null} for
 *     the caller's default (the plugin's {@code deployGate} step uses it as its default timeout)
 */
public record EnvironmentRule(
        String name,
        LeadTime leadTime,
        List<ApprovalRequirement> approvals,
        boolean separationOfDuties,
        List<ChangeWindow> windows,
        List<Freeze> freezes,
        ExceptionPolicy exceptions,
        Duration approvalTimeout) {

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
    }

    /** A rule for {@code name} that checks nothing; the builders below add checks. */
    public static EnvironmentRule open(String name) {
        return new EnvironmentRule(name, null, List.of(), false, List.of(), List.of(), null, null);
    }

    public EnvironmentRule withLeadTime(LeadTime value) {
        return new EnvironmentRule(
                name, value, approvals, separationOfDuties, windows, freezes, exceptions, approvalTimeout);
    }

    public EnvironmentRule withApprovals(List<ApprovalRequirement> value) {
        return new EnvironmentRule(
                name, leadTime, value, separationOfDuties, windows, freezes, exceptions, approvalTimeout);
    }

    public EnvironmentRule withSeparationOfDuties(boolean value) {
        return new EnvironmentRule(name, leadTime, approvals, value, windows, freezes, exceptions, approvalTimeout);
    }

    public EnvironmentRule withWindows(List<ChangeWindow> value) {
        return new EnvironmentRule(
                name, leadTime, approvals, separationOfDuties, value, freezes, exceptions, approvalTimeout);
    }

    public EnvironmentRule withFreezes(List<Freeze> value) {
        return new EnvironmentRule(
                name, leadTime, approvals, separationOfDuties, windows, value, exceptions, approvalTimeout);
    }

    public EnvironmentRule withExceptions(ExceptionPolicy value) {
        return new EnvironmentRule(
                name, leadTime, approvals, separationOfDuties, windows, freezes, value, approvalTimeout);
    }

    public EnvironmentRule withApprovalTimeout(Duration value) {
        return new EnvironmentRule(name, leadTime, approvals, separationOfDuties, windows, freezes, exceptions, value);
    }

    /** The approval timeout, if the rule sets one. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(approvalTimeout);
    }

    /** Whether {@code environment} is this rule's name, or matches it as a glob. */
    public boolean matches(String environment) {
        return globMatches(name, environment);
    }

    /**
     * Glob matching with {@code *} (any run of characters) and {@code ?} (one character), without
     * regular expressions: a gate evaluates every rule up to the match, so matching must be cheap.
     * Greedy with backtracking to the last star, linear in practice.
     */
    static boolean globMatches(String glob, String text) {
        int g = 0;
        int t = 0;
        int star = -1;
        int starText = 0;
        while (t < text.length()) {
            if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == text.charAt(t))) {
                g++;
                t++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                starText = t;
            } else if (star >= 0) {
                g = star + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }
}
