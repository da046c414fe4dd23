package io.jenkins.plugins.deploygate.cli;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The time values of the command line and the rules file, each refused with a message that quotes
 * the value and shows the accepted form.
 */
final class Times {

    private Times() {}

    /** A zone by its IANA name ({@code Europe/Berlin}), or {@code UTC}. */
    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException unknown) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time zone (an IANA name like Europe/Berlin)");
        }
    }

    /** A day of the week: {@code MON} or {@code Monday}, any case. */
    static DayOfWeek dayOfWeek(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(wanted) || (wanted.length() == 3 && day.name().startsWith(wanted))) {
                return day;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)");
    }

    /** A date: {@code 2026-12-24}. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date (2026-12-24)");
        }
    }

    /** A local date-time, {@code 2026-12-18T00:00}; a bare date means its start. */
    static LocalDateTime localDateTime(String text) {
        String trimmed = text.trim();
        try {
            return trimmed.length() == 10 ? LocalDate.parse(trimmed).atStartOfDay() : LocalDateTime.parse(trimmed);
        } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException("\"" + text + "\" is not a local date-time (2026-12-18T00:00)");
        }
    }
}
