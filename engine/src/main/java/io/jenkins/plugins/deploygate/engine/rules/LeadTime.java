package io.jenkins.plugins.deploygate.engine.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minimum notice between a change's request and its deployment: a fixed duration, or a number
 * of business days of the calendar. Both are bounded (at most {@link #MAX_DURATION} and {@link
 * #MAX_BUSINESS_DAYS}): a longer notice is a typo, and the bound keeps every instant a gate
 * computes within the range it can print.
 */
public sealed interface LeadTime permits LeadTime.Fixed, LeadTime.BusinessDays {

    /** The longest fixed lead time: a year. */
    Duration MAX_DURATION = Duration.ofDays(365);

    /** The most business days of notice: a year of five-day weeks. */
    int MAX_BUSINESS_DAYS = 260;

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
            String digits = businessDays.group(1);
            if (digits.length() > 4 || Integer.parseInt(digits) > MAX_BUSINESS_DAYS) {
                throw new IllegalArgumentException(InvalidRuleException.quote(text) + " is more than "
                        + MAX_BUSINESS_DAYS + " business days (a year of five-day weeks)");
            }
            return new BusinessDays(Integer.parseInt(digits));
        }
        Duration duration;
        try {
            duration = DurationText.parse(trimmed);
        } catch (IllegalArgumentException notADuration) {
            throw new IllegalArgumentException(
                    InvalidRuleException.quote(text) + " is not a duration (48h, 90m, 1d12h) or \"N business days\"");
        }
        if (duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(
                    InvalidRuleException.quote(text) + " is longer than a year (365d at most)");
        }
        return new Fixed(duration);
    }

    /** Allowed from {@code requestedAt + duration}. */
    record Fixed(Duration duration) implements LeadTime {
        public Fixed {
            if (duration == null || duration.isNegative()) {
                throw new InvalidRuleException("leadTime", "must be a duration of zero or more, not " + duration);
            }
            if (duration.compareTo(MAX_DURATION) > 0) {
                throw new InvalidRuleException(
                        "leadTime", DurationText.format(duration) + " is longer than a year (365d at most)");
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
            if (days < 0 || days > MAX_BUSINESS_DAYS) {
                throw new InvalidRuleException(
                        "leadTime", days + " business days is not between 0 and " + MAX_BUSINESS_DAYS);
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
