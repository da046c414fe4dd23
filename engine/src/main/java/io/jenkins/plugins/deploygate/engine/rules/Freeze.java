package io.jenkins.plugins.deploygate.engine.rules;

import java.time.Instant;
import java.time.LocalDateTime;

/** A period in which nothing is deployed: {@code [from, to)}, local date-times of the calendar. */
public record Freeze(LocalDateTime from, LocalDateTime to, String reason) {

    public Freeze {
        if (from == null) {
            throw new InvalidRuleException("from", "missing");
        }
        if (to == null) {
            throw new InvalidRuleException("to", "missing");
        }
        if (!to.isAfter(from)) {
            throw new InvalidRuleException(
                    "to",
                    InvalidRuleException.quote(to.toString()) + " must be after from "
                            + InvalidRuleException.quote(from.toString()));
        }
        reason = reason == null || reason.isBlank() ? "Freeze" : reason.trim();
    }

    /** Whether {@code instant} lies in this freeze, read in {@code calendar}'s zone. */
    public boolean contains(Instant instant, BusinessCalendar calendar) {
        return !instant.isBefore(calendar.instantOf(from)) && instant.isBefore(calendar.instantOf(to));
    }
}
