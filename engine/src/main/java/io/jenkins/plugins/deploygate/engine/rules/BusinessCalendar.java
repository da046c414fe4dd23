package io.jenkins.plugins.deploygate.engine.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The business calendar of the rules: the zone in which windows, freezes and business days are
 * read, the days of the week that are workdays, and the holidays that are not.
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
        workdays = Set.copyOf(EnumSet.copyOf(workdays));
        holidays = holidays == null ? Set.of() : Set.copyOf(new TreeSet<>(holidays));
    }

    /** Whether {@code date} is a workday that is not a holiday. */
    public boolean isBusinessDay(LocalDate date) {
        return workdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The first business day after {@code date}. Terminates: holidays are finite, workdays not empty. */
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
        for (int i = 0; i < days; i++) {
            date = nextBusinessDay(date);
        }
        return ZonedDateTime.of(date, timeOfDay, zone).toInstant();
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
