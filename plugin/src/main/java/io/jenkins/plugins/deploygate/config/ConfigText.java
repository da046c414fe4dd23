package io.jenkins.plugins.deploygate.config;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.InstantText;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The text forms of the rules' time values, read the way the {@code deploy-gate} command reads the
 * same YAML, each refused with a message that quotes the value and shows the accepted form.
 */
public final class ConfigText {

    private ConfigText() {}

    /** A zone by its IANA name ({@code Europe/Berlin}), or {@code UTC}. */
    public static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException unknown) {
            throw new IllegalArgumentException(Messages.ConfigText_BadZone(text));
        }
    }

    /** A day of the week: {@code MON} or {@code Monday}, any case. */
    public static DayOfWeek dayOfWeek(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(wanted) || (wanted.length() == 3 && day.name().startsWith(wanted))) {
                return day;
            }
        }
        throw new IllegalArgumentException(Messages.ConfigText_BadDay(text));
    }

    /** A date: {@code 2026-12-24}. */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException(Messages.ConfigText_BadDate(text));
        }
    }

    /** A local date-time, {@code 2026-12-18T00:00}; a bare date means its start. */
    public static LocalDateTime localDateTime(String text) {
        String trimmed = text.trim();
        try {
            return trimmed.length() == 10 ? LocalDate.parse(trimmed).atStartOfDay() : LocalDateTime.parse(trimmed);
        } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException(Messages.ConfigText_BadLocalDateTime(text));
        }
    }

    /**
     * An instant given as ISO with an offset ({@code 2026-11-20T14:00:00Z}) or as a local date-time
     * ({@code 2026-11-20T15:00}) read in {@code zone}: what {@code deployGate(requestedAt: ...)} takes.
     */
    public static Instant instant(String text, ZoneId zone) {
        try {
            return InstantText.parse(text, zone);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(Messages.ConfigText_BadInstant(text), bad);
        }
    }

    /** A number of approvals, 1 or more. */
    public static int positiveCount(String text) {
        try {
            int count = Integer.parseInt(text.trim());
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the same message as a number below 1
        }
        throw new IllegalArgumentException(Messages.ConfigText_BadCount(text));
    }

    /** A check an exception may waive: {@code leadTime}, {@code window}, {@code freeze}, {@code approvals}. */
    public static CheckId waivable(String text) {
        return CheckId.fromId(text)
                .filter(check -> check != CheckId.ENVIRONMENT)
                .orElseThrow(() -> new IllegalArgumentException(Messages.ConfigText_BadWaive(text)));
    }
}
