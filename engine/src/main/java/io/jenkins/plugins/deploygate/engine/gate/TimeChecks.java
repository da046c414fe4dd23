package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.BusinessCalendar;
import io.jenkins.plugins.deploygate.engine.rules.ChangeWindow;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.Freeze;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/** The time-based checks of one rule (lead time, window, freeze) and their combined notBefore. */
final class TimeChecks {

    /** The contract's horizon for notBefore. */
    static final Duration HORIZON = Duration.ofDays(366);

    private final EnvironmentRule rule;
    private final BusinessCalendar calendar;
    private final When when;

    TimeChecks(EnvironmentRule rule, BusinessCalendar calendar, When when) {
        this.rule = rule;
        this.calendar = calendar;
        this.when = when;
    }

    CheckResult leadTime(Instant requestedAt, Instant now) {
        Instant allowed = rule.leadTime().allowedFrom(requestedAt, calendar);
        boolean passed = !allowed.isAfter(now);
        String message = rule.name() + " needs " + notice() + ": requested " + when.at(requestedAt) + ", allowed from "
                + when.at(allowed);
        return new CheckResult(
                CheckId.LEAD_TIME, passed ? CheckState.PASSED : CheckState.PENDING, message, passed ? null : allowed);
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
        String windows = String.join(
                ", ", rule.windows().stream().map(ChangeWindow::text).toList());
        String rulePart = rule.name() + " deploys only in " + windows + " (" + calendar.zone() + ")";
        Optional<Instant> closes = openUntil(now);
        if (closes.isPresent()) {
            return new CheckResult(
                    CheckId.WINDOW, CheckState.PASSED, rulePart + ": open until " + when.at(closes.get()), null);
        }
        Instant opens = nextWindowStart(now);
        return new CheckResult(
                CheckId.WINDOW,
                CheckState.PENDING,
                rulePart + ": closed at " + when.at(now) + ", next opens " + when.at(opens),
                opens);
    }

    CheckResult freeze(Instant now) {
        Optional<Freeze> current = freezeAt(now);
        if (current.isPresent()) {
            Instant ends = endOfFreezes(now);
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
     * re-tested after another one moved the candidate.
     */
    Optional<Instant> earliestTogether(Instant requestedAt, Instant now, Set<CheckId> waived) {
        boolean leadTime = rule.leadTime() != null && !waived.contains(CheckId.LEAD_TIME);
        boolean windows = !rule.windows().isEmpty() && !waived.contains(CheckId.WINDOW);
        boolean freezes = !rule.freezes().isEmpty() && !waived.contains(CheckId.FREEZE);
        Instant limit = now.plus(HORIZON);
        Instant candidate = now;
        if (leadTime) {
            Instant allowed = rule.leadTime().allowedFrom(requestedAt, calendar);
            candidate = allowed.isAfter(candidate) ? allowed : candidate;
        }
        while (!candidate.isAfter(limit)) {
            if (freezes && freezeAt(candidate).isPresent()) {
                candidate = endOfFreezes(candidate);
            } else if (windows && openUntil(candidate).isEmpty()) {
                candidate = nextWindowStart(candidate);
            } else {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Optional<Instant> openUntil(Instant instant) {
        return rule.windows().stream()
                .map(window -> window.openUntil(instant, calendar.zone()))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    private Instant nextWindowStart(Instant instant) {
        Instant earliest = null;
        for (ChangeWindow window : rule.windows()) {
            Instant start = window.nextStart(instant, calendar.zone());
            earliest = earliest == null || start.isBefore(earliest) ? start : earliest;
        }
        return earliest;
    }

    private Optional<Freeze> freezeAt(Instant instant) {
        return rule.freezes().stream()
                .filter(freeze -> freeze.contains(instant, calendar))
                .findFirst();
    }

    /** The first instant after {@code instant} outside every freeze (freezes may overlap or abut). */
    private Instant endOfFreezes(Instant instant) {
        Instant end = instant;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Freeze freeze : rule.freezes()) {
                if (freeze.contains(end, calendar)) {
                    end = calendar.instantOf(freeze.to());
                    moved = true;
                }
            }
        }
        return end;
    }
}
