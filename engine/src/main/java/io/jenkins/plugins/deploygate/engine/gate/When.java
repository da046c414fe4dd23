package io.jenkins.plugins.deploygate.engine.gate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How messages print instants: local to the calendar, short, with the zone's abbreviation ({@code
 * Tue 24 Nov 15:00 CET}) so that nobody reads them in their own zone, and with the year only when
 * it is not the year of the decision.
 */
final class When {

    private static final DateTimeFormatter SAME_YEAR =
            DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR =
            DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm zzz", Locale.ENGLISH);

    private final ZoneId zone;
    private final int currentYear;

    When(ZoneId zone, Instant now) {
        this.zone = zone;
        this.currentYear = ZonedDateTime.ofInstant(now, zone).getYear();
    }

    String at(Instant instant) {
        ZonedDateTime local = ZonedDateTime.ofInstant(instant, zone);
        return (local.getYear() == currentYear ? SAME_YEAR : OTHER_YEAR).format(local);
    }
}
