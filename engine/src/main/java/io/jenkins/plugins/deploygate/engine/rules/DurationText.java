package io.jenkins.plugins.deploygate.engine.rules;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short duration syntax of the rules file ({@code 48h}, {@code 90m}, {@code 1d12h}, {@code
 * 30s}), where a day is exactly 24 hours. Kept in one place so that lead times, approval timeouts
 * and messages read and print durations the same way.
 */
public final class DurationText {

    private static final Pattern DURATION =
            Pattern.compile("(?:(\\d+)\\s*d)?\\s*(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m)?\\s*(?:(\\d+)\\s*s)?");

    private DurationText() {}

    /**
     * The duration {@code text} denotes.
     *
     * @throws IllegalArgumentException naming the text when it is not a duration
     */
    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher matcher = DURATION.matcher(trimmed);
        if (trimmed.isEmpty() || !matcher.matches()) {
            throw new IllegalArgumentException(
                    InvalidRuleException.quote(text) + " is not a duration (48h, 90m, 1d12h)");
        }
        try {
            return Duration.ofDays(number(matcher.group(1)))
                    .plusHours(number(matcher.group(2)))
                    .plusMinutes(number(matcher.group(3)))
                    .plusSeconds(number(matcher.group(4)));
        } catch (ArithmeticException | NumberFormatException tooBig) {
            throw new IllegalArgumentException(InvalidRuleException.quote(text) + " is too long a duration");
        }
    }

    /**
     * {@code duration} in the syntax {@link #parse} reads, in hours, minutes and seconds as people
     * write lead times and timeouts ({@code 72h}, {@code 1h30m}); {@code 0m} for zero.
     */
    public static String format(Duration duration) {
        StringBuilder text = new StringBuilder();
        append(text, duration.toHours(), "h");
        append(text, duration.toMinutesPart(), "m");
        append(text, duration.toSecondsPart(), "s");
        return text.length() == 0 ? "0m" : text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount > 0) {
            text.append(amount).append(unit);
        }
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
