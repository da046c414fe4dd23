package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit.RequirementAudit;
import io.jenkins.plugins.deploygate.engine.gate.TimeChecks.Opening;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.DurationText;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The verdict of a matched rule's checks, what a waiting gate awaits, and the summary that says so
 * in words. The order of the rules:
 *
 * <ol>
 *   <li>What stops the gate: the checks that FAILED, and the time checks that cannot pass before
 *       the deadline (or within 366 days).
 *   <li>Nothing stops it: OPEN when nothing is PENDING, else WAIT for the time and the approvals.
 *   <li>Something stops it, but the rule lets an exception waive all of it, nobody has granted a
 *       valid one yet, and one could be granted (separation of duties with a requester who could
 *       be anyone rules that out): WAIT for an exception, until the deadline.
 *   <li>Otherwise BLOCKED.
 * </ol>
 */
final class Conclusion {

    /** What the decision says. */
    record Result(Verdict verdict, List<Awaited> awaits, String summary) {}

    private static final Set<CheckId> TIME = EnumSet.of(CheckId.LEAD_TIME, CheckId.WINDOW, CheckId.FREEZE);

    private final EnvironmentRule rule;
    private final GateRequest request;
    private final Eligibility eligibility;
    private final When when;
    private final TimeChecks time;
    private final RequestTime requestTime;
    private final Instant now;
    private final Optional<Instant> deadline;
    private final Optional<Duration> timeout;

    Conclusion(
            EnvironmentRule rule,
            GateRequest request,
            Eligibility eligibility,
            When when,
            TimeChecks time,
            RequestTime requestTime,
            Instant now,
            Deadline deadline) {
        this.rule = rule;
        this.request = request;
        this.eligibility = eligibility;
        this.when = when;
        this.time = time;
        this.requestTime = requestTime;
        this.now = now;
        this.deadline = deadline.at(rule);
        this.timeout = deadline.timeoutUnder(rule);
    }

    /**
     * @param opening the earliest instant the time rules allow, with the applied waivers; empty
     *     when there is none within the horizon
     */
    Result of(List<CheckResult> checks, ApprovalAudit approvals, ExceptionAudit exception, Optional<Opening> opening) {
        Set<CheckId> failed = ids(checks, CheckState.FAILED);
        Set<CheckId> pending = ids(checks, CheckState.PENDING);
        boolean tooLate = opening.isEmpty()
                || deadline.map(end -> opening.get().at().isAfter(end)).orElse(false);
        Set<CheckId> late = EnumSet.noneOf(CheckId.class);
        if (tooLate) {
            checks.stream()
                    .filter(check -> TIME.contains(check.id()))
                    .filter(check -> check.state() == CheckState.PENDING || check.state() == CheckState.FAILED)
                    .forEach(check -> late.add(check.id()));
        }
        Set<CheckId> stopping = EnumSet.noneOf(CheckId.class);
        stopping.addAll(failed);
        stopping.addAll(late);
        List<String> summary = new ArrayList<>();
        if (stopping.isEmpty()) {
            if (pending.isEmpty()) {
                return new Result(
                        Verdict.OPEN, List.of(), exception != null && exception.valid() ? waived(exception) : null);
            }
            List<Awaited> awaits = new ArrayList<>();
            opening.filter(at -> at.at().isAfter(now)).ifPresent(at -> {
                awaits.add(Awaited.TIME);
                summary.add(notBefore(at));
            });
            if (pending.contains(CheckId.APPROVALS)) {
                awaits.add(Awaited.APPROVALS);
                summary.add("waiting for " + missingApprovals(approvals));
            }
            return new Result(Verdict.WAIT, awaits, String.join("; ", summary));
        }
        if (exceptionMayOpen(failed, late, exception)) {
            List<Awaited> awaits = new ArrayList<>(List.of(Awaited.EXCEPTION));
            summary.add(awaitedException(stopping, late.isEmpty() ? Optional.empty() : opening));
            if (pending.contains(CheckId.APPROVALS)
                    && !rule.exceptions().waive().contains(CheckId.APPROVALS)) {
                awaits.add(Awaited.APPROVALS);
                summary.add("waiting for " + missingApprovals(approvals));
            }
            return new Result(Verdict.WAIT, awaits, String.join("; ", summary));
        }
        if (!failed.isEmpty()) {
            summary.add(names(failed)
                    + (failed.size() == 1 ? " check failed" : " checks failed")
                    + noException(failed, exception));
        }
        if (!late.isEmpty()) {
            summary.add(cannotOpen(opening));
        }
        return new Result(Verdict.BLOCKED, List.of(), String.join("; ", summary));
    }

    private boolean exceptionMayOpen(Set<CheckId> failed, Set<CheckId> late, ExceptionAudit exception) {
        ExceptionPolicy policy = rule.exceptions();
        if (policy == null || (exception != null && exception.valid()) || !eligibility.anyoneMayGrant(rule, request)) {
            return false;
        }
        if (!policy.waive().containsAll(failed)) {
            return false;
        }
        if (late.isEmpty()) {
            return true;
        }
        Set<CheckId> waivable = EnumSet.copyOf(TIME);
        waivable.retainAll(policy.waive());
        Optional<Opening> withException = time.earliestTogether(requestTime.at(), now, waivable);
        return withException.isPresent()
                && deadline.map(end -> !withException.get().at().isAfter(end)).orElse(true);
    }

    /** E.g. {@code not before Tue 24 Nov 18:00 CET: the 2 business days' notice ends ..., and production deploys only in ...}. */
    private String notBefore(Opening opening) {
        return "not before " + when.at(opening.at()) + ": " + commaAnd(opening.because());
    }

    private String awaitedException(Set<CheckId> stopping, Optional<Opening> beyondDeadline) {
        ExceptionPolicy policy = rule.exceptions();
        StringBuilder text = new StringBuilder("waiting for an exception from ")
                .append(who(policy.grantedBy(), eligibility.members(policy.grantedBy()), "nobody may grant it"))
                .append(" that waives ")
                .append(names(stopping));
        if (policy.requireTicket()) {
            text.append(", with a ticket");
        }
        deadline.ifPresent(end -> text.append(", until ").append(when.at(end)).append(timeoutText()));
        beyondDeadline.ifPresent(
                opening -> text.append(": without one it cannot open before ").append(when.at(opening.at())));
        return text.toString();
    }

    private String cannotOpen(Optional<Opening> opening) {
        if (opening.isEmpty()) {
            return "the time rules allow no deployment within 366 days";
        }
        String limit = timeout.map(duration -> "the " + DurationText.format(duration) + " timeout")
                .orElse("the deadline");
        return "cannot open before " + when.at(opening.get().at()) + " ("
                + commaAnd(opening.get().because()) + ")"
                + deadline.map(end -> ", beyond " + limit + " (" + when.at(end) + ")")
                        .orElse("");
    }

    /** E.g. {@code  (the 72h timeout)}. */
    private String timeoutText() {
        return timeout.map(duration -> " (the " + DurationText.format(duration) + " timeout)")
                .orElse("");
    }

    private String noException(Set<CheckId> failed, ExceptionAudit exception) {
        ExceptionPolicy policy = rule.exceptions();
        if (policy == null) {
            return ", and " + rule.name() + " allows no exceptions";
        }
        if (exception != null && exception.valid()) {
            return ", and the exception by " + exception.grant().grantedBy() + " does not waive it";
        }
        if (!eligibility.anyoneMayGrant(rule, request)) {
            return ", and no exception can be granted while the requester is unknown";
        }
        Set<CheckId> notWaivable = EnumSet.copyOf(failed);
        notWaivable.removeAll(policy.waive());
        return notWaivable.isEmpty() ? "" : ", and an exception may not waive " + names(notWaivable);
    }

    private String waived(ExceptionAudit exception) {
        String ticket = exception.grant().ticket() == null
                ? ""
                : " (ticket " + exception.grant().ticket() + ")";
        return exception.waived().isEmpty()
                ? "with an exception by " + exception.grant().grantedBy() + ticket + " that waives nothing here"
                : "with an exception by " + exception.grant().grantedBy() + ticket + " that waives "
                        + names(EnumSet.copyOf(exception.waived()));
    }

    /** E.g. {@code 1 approval from dba (bob) and 2 approvals from change-board (carol, dave, erin)}. */
    private String missingApprovals(ApprovalAudit audit) {
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < audit.requirements().size(); i++) {
            RequirementAudit tally = audit.requirements().get(i);
            if (tally.met()) {
                continue;
            }
            ApprovalRequirement requirement = rule.approvals().get(i);
            int missing = tally.required() - tally.counted().size();
            GroupMembers members = eligibility.members(requirement);
            List<String> notYet = members.known().stream()
                    .filter(user -> !eligibility.identity().isAmong(user, tally.counted()))
                    .toList();
            wanted.add(missing + (missing == 1 ? " approval" : " approvals") + " from "
                    + who(
                            requirement.isGroup() ? requirement.group() : requirement.approvers(),
                            new GroupMembers(notYet, members.complete()),
                            "nobody else may approve"));
        }
        return ApprovalMessage.joined(wanted);
    }

    /**
     * {@code dba (alice, bob)}: the members who may act; {@code dba (alice, ...)} when others may
     * be members; {@code dba (nobody else may approve)} when every known member is barred or has
     * voted.
     */
    private String who(String group, GroupMembers members, String nobody) {
        List<String> mayAct = members.known().stream()
                .filter(user -> !rule.separationOfDuties()
                        || eligibility.conflict(request, user).isEmpty())
                .toList();
        if (mayAct.isEmpty()) {
            return members.complete() ? group + " (" + nobody + ")" : group;
        }
        return group + " (" + String.join(", ", mayAct) + (members.complete() ? "" : ", ...") + ")";
    }

    private static Set<CheckId> ids(List<CheckResult> checks, CheckState state) {
        return checks.stream()
                .filter(check -> check.state() == state)
                .map(CheckResult::id)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CheckId.class)));
    }

    /** {@code the lead time, window and freeze}. */
    static String names(Set<CheckId> checks) {
        List<String> names = checks.stream().map(Conclusion::name).toList();
        return "the " + ApprovalMessage.joined(names);
    }

    private static String name(CheckId check) {
        return switch (check) {
            case LEAD_TIME -> "lead time";
            default -> check.id();
        };
    }

    /** {@code a}, {@code a, and b}, {@code a, b, and c}: the reasons for a date. */
    private static String commaAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + ", and " + items.get(items.size() - 1);
    }
}
