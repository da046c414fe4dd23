package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.BusinessCalendar;
import io.jenkins.plugins.deploygate.engine.rules.ChangeWindow;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.Freeze;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The time-based checks of one rule (lead time, window, freeze) and their combined notBefore. */
final class TimeChecks {

    /** How far ahead notBefore is searched. */
    static final Duration HORIZON = Duration.ofDays(366);

    /**
     * The earliest instant the time rules allow together, and the rules that set it, as phrases
     * ("Year-end freeze ends Mon 4 Jan 2027 00:00 CET").
     */
    record Opening(Instant at, List<String> because) {}

    private final EnvironmentRule rule;
    private final BusinessCalendar calendar;
    private final When when;
    private final Predicate<LocalDate> closed;

    TimeChecks(EnvironmentRule rule, BusinessCalendar calendar, When when) {
        this.rule = rule;
        this.calendar = calendar;
        this.when = when;
        this.closed = rule.closedOnHolidays() ? calendar::isHoliday : day -> false;
    }

    CheckResult leadTime(GateRequest request, RequestTime requested, Instant now) {
        Instant allowed = rule.leadTime().allowedFrom(requested.at(), calendar);
        boolean passed = !allowed.isAfter(now);
        String message = rule.name() + " needs " + notice() + ": " + requestedPhrase(request, requested)
                + ", allowed from " + when.at(allowed);
        return new CheckResult(
                CheckId.LEAD_TIME, passed ? CheckState.PASSED : CheckState.PENDING, message, passed ? null : allowed);
    }

    private String requestedPhrase(GateRequest request, RequestTime requested) {
        if (requested.declared()) {
            return "requested " + when.at(requested.at()) + " ("
                    + requested.source().text() + ")";
        }
        String ignored = request.declaredRequestedAt() == null
                ? ""
                : " (the pipeline's requestedAt, " + when.at(request.declaredRequestedAt()) + ", does not count: "
                        + rule.name() + " does not trust it)";
        return "first seen " + when.at(requested.at()) + ignored;
    }

    private String notice() {
        if (rule.leadTime() instanceof LeadTime.BusinessDays businessDays) {
            return businessDays.days() == 1
                    ? "1 business day's notice"
                    : businessDays.days() + " business days' notice";
        }
        return rule.leadTime().text() + " notice";
    }

    CheckResult window(Instant now) {
        String rulePart =
                windowRule() + " (" + calendar.zone() + ")" + (rule.closedOnHolidays() ? ", not on holidays" : "");
        Optional<Instant> closes = openUntil(now);
        if (closes.isPresent()) {
            return new CheckResult(
                    CheckId.WINDOW, CheckState.PASSED, rulePart + ": open until " + when.at(closes.get()), null);
        }
        Instant limit = now.plus(HORIZON);
        Optional<Instant> opens = nextWindowStart(now, limit);
        String next = opens.map(start -> "next opens " + when.at(start))
                .orElse("and opens on no day before " + when.at(limit));
        return new CheckResult(
                CheckId.WINDOW,
                CheckState.PENDING,
                rulePart + ": closed at " + when.at(now) + ", " + next,
                opens.orElse(null));
    }

    private String windowRule() {
        return rule.name() + " deploys only in "
                + String.join(
                        ", ", rule.windows().stream().map(ChangeWindow::text).toList());
    }

    CheckResult freeze(Instant now) {
        Optional<Freeze> current = freezeAt(now);
        if (current.isPresent()) {
            Instant ends = endOfFreezes(now, new LinkedHashSet<>());
            return new CheckResult(
                    CheckId.FREEZE,
                    CheckState.FAILED,
                    current.get().reason() + ": " + rule.name() + " is frozen until " + when.at(ends),
                    ends);
        }
        Optional<Freeze> next = rule.freezes().stream()
                .filter(freeze -> calendar.instantOf(freeze.from()).isAfter(now))
                .min(Comparator.comparing(Freeze::from));
        String message = "no freeze of " + rule.name() + " in effect"
                + next.map(freeze ->
                                "; next: " + freeze.reason() + " from " + when.at(calendar.instantOf(freeze.from())))
                        .orElse("");
        return new CheckResult(CheckId.FREEZE, CheckState.PASSED, message, null);
    }

    /**
     * The earliest instant at or after {@code now} at which the lead time has passed, a window is
     * open and no freeze holds, ignoring the {@code waived} checks; empty when none within the
     * horizon. Jumps between candidate instants (the lead-time instant, freeze ends, window starts)
     * rather than stepping through time: each jump satisfies one check, and a check is only
     * re-tested after another one moved the candidate. Each jump is remembered as a reason.
     */
    Optional<Opening> earliestTogether(Instant requestedAt, Instant now, Set<CheckId> waived) {
        boolean leadTime = rule.leadTime() != null && !waived.contains(CheckId.LEAD_TIME);
        boolean windows = !rule.windows().isEmpty() && !waived.contains(CheckId.WINDOW);
        boolean freezes = !rule.freezes().isEmpty() && !waived.contains(CheckId.FREEZE);
        Instant limit = now.plus(HORIZON);
        Instant candidate = now;
        Set<String> because = new LinkedHashSet<>();
        if (leadTime) {
            Instant allowed = rule.leadTime().allowedFrom(requestedAt, calendar);
            if (allowed.isAfter(candidate)) {
                candidate = allowed;
                because.add("the " + notice() + " ends " + when.at(allowed));
            }
        }
        while (!candidate.isAfter(limit)) {
            if (freezes && freezeAt(candidate).isPresent()) {
                Set<String> reasons = new LinkedHashSet<>();
                candidate = endOfFreezes(candidate, reasons);
                because.add(String.join(" and ", reasons)
                        + (reasons.size() == 1 ? " ends " : " end ")
                        + when.at(candidate));
            } else if (windows && openUntil(candidate).isEmpty()) {
                Optional<Instant> opens = nextWindowStart(candidate, limit);
                if (opens.isEmpty()) {
                    return Optional.empty();
                }
                candidate = opens.get();
                because.add(windowRule() + (rule.closedOnHolidays() ? ", not on holidays" : ""));
            } else {
                return Optional.of(new Opening(candidate, List.copyOf(because)));
            }
        }
        return Optional.empty();
    }

    private Optional<Instant> openUntil(Instant instant) {
        return rule.windows().stream()
                .map(window -> window.openUntil(instant, calendar.zone(), closed))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    private Optional<Instant> nextWindowStart(Instant instant, Instant limit) {
        List<Instant> starts = new ArrayList<>();
        for (ChangeWindow window : rule.windows()) {
            window.nextStart(instant, calendar.zone(), closed, limit).ifPresent(starts::add);
        }
        return starts.stream().min(Comparator.naturalOrder());
    }

    private Optional<Freeze> freezeAt(Instant instant) {
        return rule.freezes().stream()
                .filter(freeze -> freeze.contains(instant, calendar))
                .findFirst();
    }

    /**
     * The first instant after {@code instant} outside every freeze (freezes may overlap or abut),
     * adding the reasons of the freezes it passes to {@code reasons}.
     */
    private Instant endOfFreezes(Instant instant, Set<String> reasons) {
        Instant end = instant;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Freeze freeze : rule.freezes()) {
                if (freeze.contains(end, calendar)) {
                    end = calendar.instantOf(freeze.to());
                    reasons.add(freeze.reason());
                    moved = true;
                }
            }
        }
        return end;
    }
}
