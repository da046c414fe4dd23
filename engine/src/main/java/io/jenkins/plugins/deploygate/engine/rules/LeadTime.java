package io.jenkins.plugins.deploygate.engine.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minimum notice between a change's request and its deployment: a fixed duration, or a number
 * of business days of the calendar.
 */
public sealed interface LeadTime permits LeadTime.Fixed, LeadTime.BusinessDays {

    /** The earliest instant a change requested at {@code requestedAt} may be deployed. */
    Instant allowedFrom(Instant requestedAt, BusinessCalendar calendar);

    /** How the rules file spells it, e.g. {@code 2 business days} or {@code 48h}. */
    String text();

    /**
     * The lead time {@code text} denotes: {@code N business days} (or {@code 1 business day}) or a
     * duration such as {@code 48h}, {@code 90m}, {@code 1d12h}.
     *
     * @throws IllegalArgumentException naming the text otherwise
     */
    static LeadTime parse(String text) {
        String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher businessDays = BusinessDays.PATTERN.matcher(trimmed);
        if (businessDays.matches()) {
            try {
                return new BusinessDays(Integer.parseInt(businessDays.group(1)));
            } catch (NumberFormatException tooBig) {
                throw new IllegalArgumentException(InvalidRuleException.quote(text) + " is too many business days");
            }
        }
        try {
            return new Fixed(DurationText.parse(trimmed));
        } catch (IllegalArgumentException notADuration) {
            throw new IllegalArgumentException(
                    InvalidRuleException.quote(text) + " is not a duration (48h, 90m, 1d12h) or \"N business days\"");
        }
    }

    /** Allowed from {@code requestedAt + duration}. */
    record Fixed(Duration duration) implements LeadTime {
        public Fixed {
            if (duration == null || duration.isNegative()) {
                throw new InvalidRuleException("leadTime", "must be a duration of zero or more, not " + duration);
            }
        }

        @Override
        public Instant allowedFrom(Instant requestedAt, BusinessCalendar calendar) {
            return requestedAt.plus(duration);
        }

        @Override
        public String text() {
            return DurationText.format(duration);
        }
    }

    /** Allowed from the same local time of day, {@code days} business days later. */
    record BusinessDays(int days) implements LeadTime {
        static final Pattern PATTERN = Pattern.compile("(\\d+)\\s+business\\s+days?");

        public BusinessDays {
            if (days < 0) {
                throw new InvalidRuleException("leadTime", "business days cannot be negative, not " + days);
            }
        }

        @Override
        public Instant allowedFrom(Instant requestedAt, BusinessCalendar calendar) {
            return calendar.plusBusinessDays(requestedAt, days);
        }

        @Override
        public String text() {
            return days + (days == 1 ? " business day" : " business days");
        }
    }
}
