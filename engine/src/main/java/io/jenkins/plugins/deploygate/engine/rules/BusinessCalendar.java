package io.jenkins.plugins.deploygate.engine.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The business calendar of the rules: the zone in which windows, freezes and business days are
 * read, the days of the week that are workdays, and the holidays that are not.
 *
 * @param holidays kept sorted, so that counting the holidays of a span costs their number, not the
 *     span's days
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workdays, Set<LocalDate> holidays) {

    /** UTC, Monday to Friday, no holidays: the calendar of a rules file that configures none. */
    public static final BusinessCalendar DEFAULT =
            new BusinessCalendar(ZoneId.of("UTC"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());

    public BusinessCalendar {
        if (zone == null) {
            throw new InvalidRuleException("zone", "missing");
        }
        if (workdays == null || workdays.isEmpty()) {
            throw new InvalidRuleException("workdays", "at least one workday is needed");
        }
        workdays = Collections.unmodifiableSet(EnumSet.copyOf(workdays));
        holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(holidays == null ? Set.of() : holidays));
    }

    /** Whether {@code date} is a workday that is not a holiday. */
    public boolean isBusinessDay(LocalDate date) {
        return workdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** Whether {@code date} is one of the calendar's holidays. */
    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    /**
     * The first business day after {@code date}. Terminates within a week past the last holiday:
     * holidays are finite and workdays not empty.
     */
    public LocalDate nextBusinessDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The instant {@code days} business days after {@code from}, at the same local time of day. A
     * start on a non-business day counts from 00:00 of the next business day; a local time that
     * does not exist on the target day (DST gap) moves forward as {@link ZonedDateTime} does.
     */
    public Instant plusBusinessDays(Instant from, int days) {
        LocalDateTime start = LocalDateTime.ofInstant(from, zone);
        LocalDate date = start.toLocalDate();
        LocalTime timeOfDay = start.toLocalTime();
        if (!isBusinessDay(date)) {
            date = nextBusinessDay(date);
            timeOfDay = LocalTime.MIDNIGHT;
        }
        return ZonedDateTime.of(businessDaysAfter(date, days), timeOfDay, zone).toInstant();
    }

    /**
     * The date {@code days} business days after {@code date}. Jumps whole weeks while more than a
     * week's workdays remain (a span of whole weeks holds each workday once a week, less the
     * holidays on workdays in it), then steps to the last few business days one at a time.
     */
    private LocalDate businessDaysAfter(LocalDate date, int days) {
        int perWeek = workdays.size();
        int remaining = days;
        LocalDate current = date;
        while (remaining > perWeek) {
            // Never jump past the target: at most remaining - 1 business days lie in the jumped span.
            int weeks = (remaining - 1) / perWeek;
            LocalDate target = current.plusWeeks(weeks);
            remaining -= weeks * perWeek - holidaysOnWorkdays(current, target);
            current = target;
        }
        for (; remaining > 0; remaining--) {
            current = nextBusinessDay(current);
        }
        return current;
    }

    /** The holidays in {@code (after, upTo]} that fall on a workday. */
    private int holidaysOnWorkdays(LocalDate after, LocalDate upTo) {
        int count = 0;
        for (LocalDate holiday : ((NavigableSet<LocalDate>) holidays).subSet(after, false, upTo, true)) {
            if (workdays.contains(holiday.getDayOfWeek())) {
                count++;
            }
        }
        return count;
    }

    /** The instant a local date-time of this calendar denotes (DST gap forward, overlap earlier). */
    public Instant instantOf(LocalDateTime local) {
        return ZonedDateTime.of(local, zone).toInstant();
    }

    /** The local date-time of {@code instant} in this calendar's zone. */
    public LocalDateTime localOf(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }
}
