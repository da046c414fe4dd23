package io.jenkins.plugins.deploygate.engine.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekly change window such as {@code Tue,Thu 18:00-22:00}, {@code Mon-Fri 06:00-08:00} or
 * {@code Fri 22:00-02:00}. A window belongs to the day it starts on: when its end is not after its
 * start it ends on the next day ({@code 00:00-00:00} is the whole day). Start inclusive, end
 * exclusive, in the calendar zone.
 */
public record ChangeWindow(String text, Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    private static final Pattern WINDOW =
            Pattern.compile("(?:([A-Za-z][A-Za-z,\\s-]*?)\\s+)?(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");
    private static final String SYNTAX = "is not a window like \"Tue,Thu 18:00-22:00\", \"Mon-Fri 06:00-08:00\"";

    public ChangeWindow {
        if (days == null || days.isEmpty() || start == null || end == null) {
            throw new InvalidRuleException("", InvalidRuleException.quote(text) + " needs days and a time range");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /**
     * The window {@code text} denotes. Days are three-letter or full English names, separated by
     * commas, with ranges ({@code Mon-Fri}, also wrapping: {@code Fri-Mon}); no days means every
     * day. {@code 24:00} may end a window.
     *
     * @throws IllegalArgumentException naming the text otherwise
     */
    public static ChangeWindow parse(String text) {
        Matcher matcher = WINDOW.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(InvalidRuleException.quote(text) + " " + SYNTAX);
        }
        Set<DayOfWeek> days = matcher.group(1) == null ? EnumSet.allOf(DayOfWeek.class) : days(text, matcher.group(1));
        return new ChangeWindow(text.trim(), days, time(text, matcher.group(2)), time(text, matcher.group(3)));
    }

    /**
     * The end of the window that is open at {@code instant}, if one is.
     *
     * @param closed the days on which the window does not open (holidays, for a rule closed on them)
     */
    public Optional<Instant> openUntil(Instant instant, ZoneId zone, Predicate<LocalDate> closed) {
        LocalDate today = LocalDate.ofInstant(instant, zone);
        // A window that started yesterday may still be open (it crosses midnight).
        for (LocalDate day = today.minusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (opensOn(day, closed)) {
                Instant opens = startOn(day, zone);
                Instant closes = endOf(day, zone);
                if (!instant.isBefore(opens) && instant.isBefore(closes)) {
                    return Optional.of(closes);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first start of this window at or after {@code instant} and not after {@code limit}. The
     * search goes day by day: a window opens at least once a week, unless {@code closed} days (a
     * run of holidays) keep it shut, and those are few.
     */
    public Optional<Instant> nextStart(Instant instant, ZoneId zone, Predicate<LocalDate> closed, Instant limit) {
        LocalDate last = LocalDate.ofInstant(limit, zone);
        for (LocalDate day = LocalDate.ofInstant(instant, zone).minusDays(1);
                !day.isAfter(last);
                day = day.plusDays(1)) {
            if (opensOn(day, closed)) {
                Instant opens = startOn(day, zone);
                // A DST gap can swallow a short window whole (start moved past its end): skip it,
                // or a search that jumps to window starts would land on it forever.
                if (!opens.isBefore(instant) && endOf(day, zone).isAfter(opens)) {
                    return opens.isAfter(limit) ? Optional.empty() : Optional.of(opens);
                }
            }
        }
        return Optional.empty();
    }

    /** How long the window stays open: {@code 18:00-22:00} 4h, {@code 22:00-02:00} 4h, {@code 00:00-00:00} 24h. */
    public Duration length() {
        Duration sameDay = Duration.between(start, end);
        return sameDay.isNegative() || sameDay.isZero() ? sameDay.plusDays(1) : sameDay;
    }

    /** Whether the window ends before it starts, that is, on the next day. */
    public boolean endsNextDay() {
        return end.isBefore(start);
    }

    private boolean opensOn(LocalDate day, Predicate<LocalDate> closed) {
        return days.contains(day.getDayOfWeek()) && !closed.test(day);
    }

    private Instant startOn(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, start, zone).toInstant();
    }

    private Instant endOf(LocalDate day, ZoneId zone) {
        LocalDate endDay = end.isAfter(start) ? day : day.plusDays(1);
        return ZonedDateTime.of(endDay, end, zone).toInstant();
    }

    private static Set<DayOfWeek> days(String text, String list) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : list.split(",")) {
            String[] range = item.trim().split("\\s*-\\s*", -1);
            if (range.length == 1) {
                days.add(day(text, range[0]));
            } else if (range.length == 2) {
                DayOfWeek first = day(text, range[0]);
                DayOfWeek last = day(text, range[1]);
                for (DayOfWeek day = first; day != last; day = day.plus(1)) {
                    days.add(day);
                }
                days.add(last);
            } else {
                throw new IllegalArgumentException(InvalidRuleException.quote(text) + " " + SYNTAX);
            }
        }
        return days;
    }

    private static DayOfWeek day(String text, String name) {
        try {
            return CalendarText.day(name);
        } catch (IllegalArgumentException notADay) {
            throw new IllegalArgumentException(InvalidRuleException.quote(text) + ": " + notADay.getMessage());
        }
    }

    private static LocalTime time(String text, String time) {
        if (time.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(time.length() == 4 ? "0" + time : time);
        } catch (DateTimeParseException badTime) {
            throw new IllegalArgumentException(InvalidRuleException.quote(text) + ": "
                    + InvalidRuleException.quote(time) + " is not a time of day (00:00 to 24:00)");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
