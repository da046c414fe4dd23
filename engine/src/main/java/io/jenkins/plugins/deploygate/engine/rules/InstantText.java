package io.jenkins.plugins.deploygate.engine.rules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The one way people give an instant to Deploy Gate, on the command line and in a Jenkinsfile: an
 * ISO instant with an offset ({@code 2026-11-20T14:00:00Z}, {@code 2026-11-20T15:00+01:00}), or a
 * local date-time ({@code 2026-11-20T15:00}) read in the rules' calendar zone. Instants are
 * bounded to the years {@value CalendarText#FIRST_YEAR} to {@value CalendarText#LAST_YEAR} (in
 * UTC), like the dates of the rules, so that a gate's arithmetic on them never overflows.
 */
public final class InstantText {

    /** The earliest instant a gate works with. */
    public static final Instant EARLIEST =
            LocalDateTime.of(CalendarText.FIRST_YEAR, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

    /** The latest instant a gate works with. */
    public static final Instant LATEST =
            LocalDateTime.of(CalendarText.LAST_YEAR, 12, 31, 23, 59, 59).toInstant(ZoneOffset.UTC);

    private InstantText() {}

    /**
     * The instant {@code text} names.
     *
     * @throws IllegalArgumentException naming the text, when it is neither form or out of range
     */
    public static Instant parse(String text, ZoneId zone) {
        String trimmed = text.trim();
        Instant instant;
        try {
            instant = OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                instant = LocalDateTime.parse(trimmed).atZone(zone).toInstant();
            } catch (DateTimeException | ArithmeticException notLocal) {
                throw new IllegalArgumentException(InvalidRuleException.quote(text)
                        + " is not an ISO instant (2026-11-20T14:00:00Z) or a local date-time (2026-11-20T15:00)");
            }
        } catch (DateTimeException | ArithmeticException outOfRange) {
            throw outOfRange(text);
        }
        if (!inRange(instant)) {
            throw outOfRange(text);
        }
        return instant;
    }

    /** Whether {@code instant} lies between {@link #EARLIEST} and {@link #LATEST}. */
    public static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    private static IllegalArgumentException outOfRange(String text) {
        return new IllegalArgumentException(InvalidRuleException.quote(text) + " is outside the years "
                + CalendarText.FIRST_YEAR + " to " + CalendarText.LAST_YEAR);
    }
}
