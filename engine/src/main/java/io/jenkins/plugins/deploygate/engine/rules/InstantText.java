package io.jenkins.plugins.deploygate.engine.rules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The one way people give an instant to Deploy Gate, on the command line and in a Jenkinsfile: an
 * ISO instant with an offset ({@code 2026-11-20T14:00:00Z}, {@code 2026-11-20T15:00+01:00}), or a
 * local date-time ({@code 2026-11-20T15:00}) read in the rules' calendar zone.
 */
public final class InstantText {

    private InstantText() {}

    /**
     * The instant {@code text} names.
     *
     * @throws IllegalArgumentException naming the text, when it is neither form
     */
    public static Instant parse(String text, ZoneId zone) {
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(trimmed).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw new IllegalArgumentException("\"" + text
                        + "\" is not an ISO instant (2026-11-20T14:00:00Z) or a local date-time (2026-11-20T15:00)");
            }
        }
    }
}
