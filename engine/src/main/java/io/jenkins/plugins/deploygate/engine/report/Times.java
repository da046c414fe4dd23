package io.jenkins.plugins.deploygate.engine.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as reports show them: one unambiguous form, in the rules' zone, with the zone named. */
public final class Times {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm zzz", Locale.ENGLISH);

    private Times() {}

    /** "Tue 24 Nov 2026 18:42 CET", or "unknown". */
    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? "unknown" : FORMAT.format(instant.atZone(zone));
    }
}
