package io.jenkins.plugins.deploygate.engine.rules;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The text forms of the calendar's values, as the rules file, JCasC, the Jenkins form and the
 * command line all write them: a zone, a day of the week, a date, a local date-time. Each parser
 * refuses a bad value with a message that quotes it and shows the accepted form, and never lets a
 * {@link DateTimeException} through. Dates are bounded to the years {@value #FIRST_YEAR} to {@value
 * #LAST_YEAR}, so that no arithmetic on them (a freeze's end, a lead time after a holiday) can
 * leave the range {@link java.time.Instant} and the formatters handle.
 */
public final class CalendarText {

    /** The first year a date of the rules may name. */
    public static final int FIRST_YEAR = 1970;

    /** The last year a date of the rules may name. */
    public static final int LAST_YEAR = 9999;

    private CalendarText() {}

    /**
     * A zone by its IANA name ({@code Europe/Berlin}), or {@code UTC}.
     *
     * @throws IllegalArgumentException naming the text, when no such zone exists
     */
    public static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException unknown) {
            throw new IllegalArgumentException(
                    InvalidRuleException.quote(text) + " is not a time zone (an IANA name like Europe/Berlin)");
        }
    }

    /**
     * A day of the week: its three-letter or full English name, any case ({@code MON}, {@code Tue},
     * {@code wednesday}).
     *
     * @throws IllegalArgumentException naming the text otherwise
     */
    public static DayOfWeek day(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(wanted) || (wanted.length() == 3 && day.name().startsWith(wanted))) {
                return day;
            }
        }
        throw new IllegalArgumentException(
                InvalidRuleException.quote(text.trim()) + " is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
    }

    /**
     * A date: {@code 2026-12-24}.
     *
     * @throws IllegalArgumentException naming the text, when it is not a date of the years {@value
     *     #FIRST_YEAR} to {@value #LAST_YEAR}
     */
    public static LocalDate date(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException(InvalidRuleException.quote(text) + " is not a date (2026-12-24)");
        }
        return inRange(text, date.getYear(), date);
    }

    /**
     * A local date-time, {@code 2026-12-18T00:00}; a bare date means its start.
     *
     * @throws IllegalArgumentException naming the text, when it is neither, or outside the years
     *     {@value #FIRST_YEAR} to {@value #LAST_YEAR}
     */
    public static LocalDateTime localDateTime(String text) {
        String trimmed = text.trim();
        LocalDateTime dateTime;
        try {
            dateTime =
                    trimmed.indexOf('T') < 0 ? LocalDate.parse(trimmed).atStartOfDay() : LocalDateTime.parse(trimmed);
        } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException(
                    InvalidRuleException.quote(text) + " is not a local date-time (2026-12-18T00:00)");
        }
        return inRange(text, dateTime.getYear(), dateTime);
    }

    static <T> T inRange(String text, int year, T value) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    InvalidRuleException.quote(text) + " is outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return value;
    }
}
